namespace DiasporaMatch.Api;

/// <summary>One route of the API: both hosts map exactly these (name = the Azure Function's name).</summary>
public sealed record ApiRoute(string Name, string Method, string Template, string Summary, ApiHandler Handler)
{
    /// <summary>The template as Azure Functions writes it (no <c>api/</c> prefix: the Functions host adds it).</summary>
    public string FunctionRoute => Template["/api/".Length..];
}
