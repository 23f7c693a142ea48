namespace DiasporaMatch.Text;

/// <summary>How <see cref="TextCleaner"/> treats user text, by what reads it next.</summary>
public enum CleanMode
{
    /// <summary>
    /// For Lucene analysis of queries and index fields: only letters, marks and digits survive, everything else
    /// (query syntax such as <c>* ( : ~ \</c>, bidi and format marks, lone surrogates) becomes a space; at most
    /// <see cref="TextCleaner.MaxWordsChars"/> characters.
    /// </summary>
    Words,

    /// <summary>
    /// For phrase → concept resolution: punctuation kept, format characters dropped, compatibility forms unified
    /// (NFKC), spaces collapsed, cut at a word boundary near <see cref="TextCleaner.MaxPhraseChars"/>.
    /// </summary>
    Phrase,
}
