using Microsoft.AspNetCore.Builder;

namespace DiasporaMatch.Api;

public static class ApiApplicationBuilderExtensions
{
    /// <summary>
    /// Puts <see cref="SecurityHeaders"/> on every response of the pipeline, static files and error pages included.
    /// Set when the response starts, so an exception handler that clears the headers cannot drop them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context.Response.Headers);
                return Task.CompletedTask;
            });
            return next(context);
        });
}
