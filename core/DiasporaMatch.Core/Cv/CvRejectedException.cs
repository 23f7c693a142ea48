namespace DiasporaMatch.Cv;

/// <summary>A CV file the service will not read, with the reason in words a person can act on.</summary>
public sealed class CvRejectedException(CvRejection rejection, string message) : Exception(message)
{
    public CvRejection Rejection { get; } = rejection;
}
