using System.Globalization;

namespace HybridChat.Data.Search;

// What a person typed, reduced to its words (runs of letters, digits and their accents). Only
// words reach a full-text query, so no operator or quote typed by someone can change its meaning.
public sealed record SearchTerms(IReadOnlyList<string> Words)
{
    public const int MaxQueryLength = 200;
    public const int MaxWords = 16;

    public static SearchTerms Parse(string? query)
    {
        var words = new List<string>();
        var start = -1;
        var text = query ?? "";
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return new SearchTerms([.. words.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxWords)]);
    }

    public bool IsEmpty => Words.Count == 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Surrogate;
}
