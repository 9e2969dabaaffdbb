// Copy to main.bicepparam (git-ignored; secrets come from environment variables) and deploy with:
//   az deployment group create --resource-group RG --parameters deploy/main.bicepparam
using 'main.bicep'

param baseName = 'actiontrk'
param containerImage = readEnvironmentVariable('ACTIONTRACKER_IMAGE', 'myregistry.azurecr.io/actiontracker-bot:1.0.0')
param containerRegistryName = readEnvironmentVariable('ACTIONTRACKER_ACR', '')
param botAppId = readEnvironmentVariable('ACTIONTRACKER_BOT_APP_ID', '00000000-0000-0000-0000-000000000000')
param botAppType = 'SingleTenant'
param botAppPassword = readEnvironmentVariable('ACTIONTRACKER_BOT_APP_PASSWORD', '')
param storageEncryptionKey = readEnvironmentVariable('ACTIONTRACKER_STORAGE_ENCRYPTION_KEY', '')
param slackSigningSecret = readEnvironmentVariable('ACTIONTRACKER_SLACK_SIGNING_SECRET', '')
param slackAppId = readEnvironmentVariable('ACTIONTRACKER_SLACK_APP_ID', '')
param slackClientId = readEnvironmentVariable('ACTIONTRACKER_SLACK_CLIENT_ID', '')
param slackClientSecret = readEnvironmentVariable('ACTIONTRACKER_SLACK_CLIENT_SECRET', '')
param graphClientId = readEnvironmentVariable('ACTIONTRACKER_GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('ACTIONTRACKER_GRAPH_CLIENT_SECRET', '')
param extractionApiKey = readEnvironmentVariable('ACTIONTRACKER_EXTRACTION_API_KEY', '')
