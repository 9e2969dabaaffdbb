// ActionTracker.Bot on Azure: storage (tables + queue), Key Vault for every secret, a Linux web app running the
// container with a user-assigned managed identity (Key Vault references, optional ACR pull), and the Azure Bot
// resource with the Teams channel. Outputs are what the Teams and Slack manifests need.
targetScope = 'resourceGroup'

@description('Short lowercase name used to derive resource names.')
@minLength(3)
@maxLength(12)
param baseName string = 'actiontrk'

param location string = resourceGroup().location

@description('Container image, e.g. myregistry.azurecr.io/actiontracker-bot:1.0.0.')
param containerImage string

@description('Name of an Azure Container Registry in this resource group to pull from with the managed identity; empty for a public image.')
param containerRegistryName string = ''

@description('App Service plan SKU; B1 is enough for a team, P1v3 for several instances.')
param appServiceSku string = 'B1'

@description('Number of instances (the bot is stateless; scheduled work is claimed with lease rows).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Microsoft App ID (client id) of the bot app registration (Teams:AppId).')
param botAppId string

@description('SingleTenant (your organisation only) or MultiTenant (other organisations install it too).')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botAppType string = 'SingleTenant'

@description('Directory (tenant) id of the bot app registration; used for SingleTenant apps.')
param botAppTenantId string = tenant().tenantId

@description('Client secret of the bot app registration (Teams:AppPassword).')
@secure()
param botAppPassword string

@description('Protects stored Slack tokens (Storage:EncryptionKey); e.g. the output of: openssl rand -base64 32.')
@secure()
param storageEncryptionKey string

@description('Slack signing secret; empty when Slack is not used.')
@secure()
param slackSigningSecret string = ''

@description('Slack app id (Slack:AppId); requests for other apps are refused.')
param slackAppId string = ''

@description('Slack OAuth client id for installs into several workspaces; empty for a single workspace.')
param slackClientId string = ''

@description('Slack OAuth client secret (with slackClientId).')
@secure()
param slackClientSecret string = ''

@description('Slack bot token for a single workspace (instead of OAuth).')
@secure()
param slackBotToken string = ''

@description('Client id of the Graph app registration (transcripts, managers); empty disables Graph.')
param graphClientId string = ''

@description('Client secret of the Graph app registration.')
@secure()
param graphClientSecret string = ''

@description('Tenant the Graph app registration serves; empty for a multi-tenant Graph app.')
param graphTenantId string = ''

@description('OTLP endpoint for traces and metrics; empty disables export.')
param otlpEndpoint string = ''

@description('Lets people turn on Microsoft To Do sync (needs the Graph app with Tasks.ReadWrite.All).')
param todoSyncEnabled bool = false

@description('Days pasted transcript text is kept after its draft is made; 0 deletes it at once.')
@minValue(0)
@maxValue(3650)
param transcriptRetentionDays int = 0

@description('Optional model extractor for transcripts: empty for the rules (no network), openai or azure-openai.')
@allowed([
  ''
  'openai'
  'azure-openai'
])
param extractionProvider string = ''

@description('Model API base URL (openai: empty for OpenAI itself; azure-openai: https://NAME.openai.azure.com/).')
param extractionEndpoint string = ''

@description('Model name (openai) or deployment name (azure-openai).')
param extractionModel string = ''

@description('API key of the model endpoint (kept in Key Vault).')
@secure()
param extractionApiKey string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id, baseName)
var storageName = take(toLower('st${baseName}${suffix}'), 24)
var vaultName = take('kv-${baseName}-${suffix}', 24)
var siteName = 'app-${baseName}-${suffix}'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var useRegistry = !empty(containerRegistryName)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}-${suffix}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: true
  }
}

// The bot creates its tables and queue on first use; the services exist with the account.
resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (useRegistry) {
  name: useRegistry ? containerRegistryName : 'none'
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useRegistry) {
  name: guid(resourceGroup().id, containerRegistryName, identity.id, acrPull)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Secrets: one per setting; the web app reads them through Key Vault references with its managed identity.
resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource encryptionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-encryption-key'
  properties: {
    value: storageEncryptionKey
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'teams-app-password'
  properties: {
    value: botAppPassword
  }
}

resource slackSigningSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackClientSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackClientSecret)) {
  parent: vault
  name: 'slack-client-secret'
  properties: {
    value: slackClientSecret
  }
}

resource slackBotTokenValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackBotToken)) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

resource graphSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(graphClientSecret)) {
  parent: vault
  name: 'graph-client-secret'
  properties: {
    value: graphClientSecret
  }
}

resource extractionKeyValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(extractionApiKey)) {
  parent: vault
  name: 'extraction-api-key'
  properties: {
    value: extractionApiKey
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var hostName = '${siteName}.azurewebsites.net'
var publicBaseUrl = 'https://${hostName}/'

func secretRef(vault string, secret string) string => '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

var baseSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'WEBSITES_PORT', value: '8080' }
  { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
  { name: 'Bot__PublicBaseUrl', value: publicBaseUrl }
  { name: 'Storage__ConnectionString', value: secretRef(vault.name, storageSecret.name) }
  { name: 'Storage__EncryptionKey', value: secretRef(vault.name, encryptionSecret.name) }
  { name: 'Teams__AppId', value: botAppId }
  { name: 'Teams__AppPassword', value: secretRef(vault.name, botPasswordSecret.name) }
  { name: 'Teams__AppTenantId', value: botAppType == 'SingleTenant' ? botAppTenantId : '' }
]
var slackSettings = concat(
  empty(slackSigningSecret) ? [] : [
    { name: 'Slack__SigningSecret', value: secretRef(vault.name, 'slack-signing-secret') }
    { name: 'Slack__AppId', value: slackAppId }
  ],
  empty(slackClientSecret) ? [] : [
    { name: 'Slack__ClientId', value: slackClientId }
    { name: 'Slack__ClientSecret', value: secretRef(vault.name, 'slack-client-secret') }
  ],
  empty(slackBotToken) ? [] : [
    { name: 'Slack__BotToken', value: secretRef(vault.name, 'slack-bot-token') }
  ]
)
var graphSettings = empty(graphClientSecret) ? [] : [
  { name: 'Graph__ClientId', value: graphClientId }
  { name: 'Graph__ClientSecret', value: secretRef(vault.name, 'graph-client-secret') }
  { name: 'Graph__TenantId', value: graphTenantId }
  { name: 'Graph__TodoSyncEnabled', value: string(todoSyncEnabled) }
]
var transcriptSettings = concat(
  [
    { name: 'Transcripts__RawRetentionDays', value: string(transcriptRetentionDays) }
  ],
  empty(extractionProvider) ? [] : [
    { name: 'Extraction__Provider', value: extractionProvider }
    { name: 'Extraction__Endpoint', value: extractionEndpoint }
    { name: 'Extraction__Model', value: extractionModel }
    { name: 'Extraction__ApiKey', value: secretRef(vault.name, 'extraction-api-key') }
  ]
)
var telemetrySettings = empty(otlpEndpoint) ? [] : [
  { name: 'Telemetry__OtlpEndpoint', value: otlpEndpoint }
]

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux,container'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      acrUseManagedIdentityCreds: useRegistry
      acrUserManagedIdentityID: useRegistry ? identity.properties.clientId : null
      alwaysOn: appServiceSku != 'F1'
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(baseSettings, slackSettings, graphSettings, transcriptSettings, telemetrySettings)
    }
  }
  dependsOn: [
    vaultReader
    registryPull
    slackSigningSecretValue
    slackClientSecretValue
    slackBotTokenValue
    graphSecretValue
    tableService
    queueService
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'ActionTracker'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'SingleTenant' ? botAppTenantId : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Bot Framework messaging endpoint (already set on the Azure Bot resource).')
output messagingEndpoint string = 'https://${hostName}/api/messages'

@description('Teams manifest: the app id and botId; run manifests/teams/package.sh with these.')
output teamsManifest object = {
  botId: botAppId
  validDomain: hostName
  packageCommand: 'manifests/teams/package.sh ${botAppId} 1.0.0 ${hostName}'
}

@description('Slack manifest (manifests/slack/manifest.json): replace https://bot.example.com with this base.')
output slackManifest object = {
  slashCommandUrl: 'https://${hostName}/slack/commands'
  interactivityUrl: 'https://${hostName}/slack/interactivity'
  eventsUrl: 'https://${hostName}/slack/events'
  oauthRedirectUrl: 'https://${hostName}/slack/oauth/callback'
  installUrl: 'https://${hostName}/slack/install'
}

output webAppName string = site.name
output publicBaseUrl string = publicBaseUrl
output keyVaultName string = vault.name
output storageAccountName string = storage.name
output managedIdentityClientId string = identity.properties.clientId
