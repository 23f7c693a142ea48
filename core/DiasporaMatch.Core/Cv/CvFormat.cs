namespace DiasporaMatch.Cv;

/// <summary>The CV file formats the service reads text from.</summary>
public enum CvFormat
{
    Pdf,
    Docx,
}
