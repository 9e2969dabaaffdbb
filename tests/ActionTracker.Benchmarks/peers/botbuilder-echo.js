// Reference peer for the Teams protocol path: a botbuilder-js echo bot (auth off), answering
// expectReplies messages in the HTTP body like ActionTracker.Bot does. Usage: PORT=3979 node botbuilder-echo.js
const restify = require('restify');
const { CloudAdapter, ConfigurationServiceClientCredentialFactory, createBotFrameworkAuthenticationFromConfiguration, ActivityHandler } = require('botbuilder');

const credentials = new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' });
const adapter = new CloudAdapter(createBotFrameworkAuthenticationFromConfiguration(null, credentials));

class Echo extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new Echo();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => adapter.process(req, res, (context) => bot.run(context)));
server.listen(+(process.env.PORT || 3979), '127.0.0.1');
