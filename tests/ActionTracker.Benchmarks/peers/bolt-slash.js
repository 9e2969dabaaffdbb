// Reference peer for the Slack protocol path: @slack/bolt answering a signed slash command in its ack.
// Offline: token verification off and bot ids given, so Bolt never calls slack.com.
// Usage: PORT=3980 SLACK_SIGNING_SECRET=... node bolt-slash.js   (endpoint /slack/events, command /action)
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  token: 'xoxb-offline',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  tokenVerificationEnabled: false,
  botId: 'B0001',
  botUserId: 'U0BOT',
  logLevel: LogLevel.ERROR,
});
app.command('/action', async ({ command, ack }) => {
  await ack({
    response_type: 'ephemeral',
    text: `Help for ${command.text}`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*Help* ${command.text}` } }],
  });
});
app.start({ port: +(process.env.PORT || 3980), host: '127.0.0.1' });
