// DiasporaMatch on Azure: a Function App on Flex Consumption (scale-out, each instance keeps a local index
// replica), Blob Storage for documents, imports, models and snapshots, a queue driving the single index
// writer, Application Insights on Log Analytics, Key Vault, and one user-assigned identity. The app reaches
// storage, Key Vault and telemetry by that identity only; no key or connection secret appears anywhere.

targetScope = 'resourceGroup'

@description('Short lower-case name that prefixes every resource (letters and digits).')
@minLength(3)
@maxLength(10)
param appName string = 'dmatch'

@description('Deployment environment, part of resource names and tags.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string = 'dev'

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Most instances the Flex Consumption plan may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB (Flex Consumption sizes).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('.NET isolated worker version the app is built for.')
param dotnetVersion string = '10.0'

@description('Key Vault secret holding the bearer-token signing key (32+ characters); create it before the app starts (README, Deploying).')
param signingKeySecretName string = 'dmatch-signing-key'

@description('Create the Event Grid subscription that delivers imports/ blob events to the ImportBlob function. Needs the published app (its blobs_extension key exists only then): deploy once with false, publish, deploy again with true.')
param subscribeImports bool = false

@description('SMTP server the notifications leave through; empty turns email notifications off.')
param mailHost string = ''

@description('SMTP port (587 for submission with STARTTLS).')
@minValue(1)
@maxValue(65535)
param mailPort int = 587

@description('Upgrade the SMTP connection with STARTTLS.')
param mailStartTls bool = true

@description('From address of notifications and organiser of calendar invitations.')
param mailSender string = 'programme@diasporamatch.example'

@description('The programme team\'s address, for the notifications addressed to staff.')
param mailStaffAddress string = 'programme@diasporamatch.example'

@description('SMTP user name; empty when the server needs no sign-in. Its password is the Key Vault secret below.')
param mailUserName string = ''

@description('Key Vault secret holding the SMTP password (used only with mailUserName); create it before the app starts.')
param mailPasswordSecretName string = 'dmatch-smtp-password'

@description('The app\'s public address (https://…/) for the one-click unsubscribe links in messages; empty: messages carry none.')
param publicUrl string = ''

@description('Days of telemetry kept in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id, appName, environmentName)
var baseName = '${appName}-${environmentName}'
var tags = {
  application: 'DiasporaMatch'
  environment: environmentName
}
var documentsContainer = 'documents'
var deploymentContainer = 'app-package'
var indexQueue = 'index-updates'
// Ids of due notifications, one per message, for the DeliverNotification function.
var notificationQueue = 'notifications'
var importsContainer = 'imports'
var importReportsContainer = 'import-reports'
var snapshotsContainer = 'snapshots'
// The instance's local disk: the index replica, models and feature logs. Documents live in Blob storage.
var localDataFolder = '/tmp/dmatch'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${baseName}'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv-${appName}-${environmentName}-${suffix}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${appName}${environmentName}${suffix}', 24)
    location: location
    tags: tags
    containers: [
      documentsContainer
      importsContainer
      importReportsContainer
      'models'
      snapshotsContainer
      deploymentContainer
    ]
    queues: [
      indexQueue
      notificationQueue
    ]
  }
}

module roles 'modules/roleAssignments.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: vault.name
    appInsightsName: appInsights.name
    principalId: identity.properties.principalId
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings resolve with the user-assigned identity (Key Vault Secrets User).
    keyVaultReferenceIdentity: identity.id
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.outputs.blobEndpoint}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Functions host storage by identity: account name + credential instead of a connection string.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storage.outputs.name
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identity.properties.clientId
        }
        // DefaultAzureCredential picks the user-assigned identity from this.
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identity.properties.clientId};Authorization=AAD'
        }
        // BlobStoreOptions (section "BlobStore"): ServiceUri means managed identity, never a key.
        {
          name: 'BlobStore__ServiceUri'
          value: storage.outputs.blobEndpoint
        }
        {
          name: 'BlobStore__ContainerName'
          value: documentsContainer
        }
        {
          name: 'BlobStore__ManagedIdentityClientId'
          value: identity.properties.clientId
        }
        {
          name: 'BlobStore__SnapshotContainerName'
          value: snapshotsContainer
        }
        // Connection "Storage" by identity: the imports/ blob trigger (Event Grid source) and the import-reports/ output.
        // A blob trigger needs the queue endpoint too (poison messages).
        {
          name: 'Storage__blobServiceUri'
          value: storage.outputs.blobEndpoint
        }
        {
          name: 'Storage__queueServiceUri'
          value: storage.outputs.queueEndpoint
        }
        {
          name: 'Storage__credential'
          value: 'managedidentity'
        }
        {
          name: 'Storage__clientId'
          value: identity.properties.clientId
        }
        // ApiOptions (section "DiasporaMatch"): a writable local folder for the index replica; the key from Key Vault.
        {
          name: 'DiasporaMatch__DataFolder'
          value: localDataFolder
        }
        {
          name: 'DiasporaMatch__SigningKey'
          value: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${signingKeySecretName})'
        }
        // Flex Consumption starts an instance on a request, which waits for start-up: no ranking warm-up there.
        {
          name: 'DiasporaMatch__WarmUpNeeds'
          value: '0'
        }
        // Queue trigger connection "IndexQueue" by identity.
        {
          name: 'IndexQueue__queueServiceUri'
          value: storage.outputs.queueEndpoint
        }
        {
          name: 'IndexQueue__credential'
          value: 'managedidentity'
        }
        {
          name: 'IndexQueue__clientId'
          value: identity.properties.clientId
        }
        {
          name: 'IndexQueue__QueueName'
          value: indexQueue
        }
        // Queue trigger connection "NotificationQueue" by identity; the timer that fills it uses the same settings.
        {
          name: 'NotificationQueue__queueServiceUri'
          value: storage.outputs.queueEndpoint
        }
        {
          name: 'NotificationQueue__credential'
          value: 'managedidentity'
        }
        {
          name: 'NotificationQueue__clientId'
          value: identity.properties.clientId
        }
        // NotificationMailOptions (section "Notifications"); the password only as a Key Vault reference.
        {
          name: 'Notifications__Host'
          value: mailHost
        }
        {
          name: 'Notifications__Port'
          value: string(mailPort)
        }
        {
          name: 'Notifications__StartTls'
          value: string(mailStartTls)
        }
        {
          name: 'Notifications__Sender'
          value: mailSender
        }
        {
          name: 'Notifications__StaffAddress'
          value: mailStaffAddress
        }
        {
          name: 'Notifications__PublicUrl'
          value: publicUrl
        }
        {
          name: 'Notifications__UserName'
          value: mailUserName
        }
        {
          name: 'Notifications__Password'
          value: empty(mailUserName) ? '' : '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${mailPasswordSecretName})'
        }
        {
          name: 'KeyVault__Uri'
          value: vault.properties.vaultUri
        }
      ]
    }
  }
  dependsOn: [
    roles
  ]
}

// Flex Consumption runs only Event Grid-sourced blob triggers: blob-created events of the imports container
// go to the blobs extension webhook of the app, which runs ImportBlob. The system topic is the account's.
resource storageEvents 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: 'evgt-${baseName}-${suffix}'
  location: location // the storage account's region (the module is given the same)
  tags: tags
  properties: {
    source: storage.outputs.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// The webhook authenticates Event Grid by the app's blobs_extension system key (a Functions host key, not a
// storage key), which exists only once the app is published; hence the second deployment with subscribeImports.
resource importEvents 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = if (subscribeImports) {
  parent: storageEvents
  name: 'imports-to-importblob'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.ImportBlob&code=${listKeys('${functionApp.id}/host/default', '2023-12-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${importsContainer}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output storageAccountName string = storage.outputs.name
output keyVaultName string = vault.name
output managedIdentityClientId string = identity.properties.clientId
