using DiasporaMatch.Api;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The API's services over the embedded store (see README: what runs on which store); every function adapts core.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddDiasporaMatchApi();
builder.Build().Run();
