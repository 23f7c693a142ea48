using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

public delegate Task<IResult> ApiHandler(ApiRequest request);
