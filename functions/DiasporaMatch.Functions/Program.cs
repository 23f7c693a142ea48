using DiasporaMatch.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The API's services over Blob storage when BlobStore is configured, else the embedded file store (see README);
// every function adapts core.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddDiasporaMatchFunctions(builder.Configuration);
builder.Build().Run();
