namespace DiasporaMatch.Cv;

/// <summary>Why a CV file was refused; each maps to one precise 4xx answer.</summary>
public enum CvRejection
{
    /// <summary>Bigger than <see cref="CvLimits.MaxFileBytes"/> (413).</summary>
    TooLarge,

    /// <summary>A content type other than PDF or DOCX (415).</summary>
    UnsupportedType,

    /// <summary>The bytes are not what the content type says, e.g. a renamed executable or a legacy .doc (415).</summary>
    ContentMismatch,

    /// <summary>The file is damaged or not a readable document (422).</summary>
    Corrupt,

    /// <summary>Password-protected: the service cannot read it and never asks for the password (422).</summary>
    Encrypted,

    /// <summary>Unpacks to more than <see cref="CvLimits.MaxUnpackedBytes"/> or too many parts: a zip bomb or close to one (422).</summary>
    TooLargeUnpacked,

    /// <summary>No text at all, e.g. a scanned image without a text layer (422).</summary>
    NoText,
}
