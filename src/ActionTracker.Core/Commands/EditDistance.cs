namespace ActionTracker.Core.Commands;

/// <summary>Optimal-string-alignment (restricted Damerau-Levenshtein) distance: a swap of neighbours ("lsit") costs one edit.</summary>
internal static class EditDistance
{
    /// <summary>Callers keep both words short (verbs and typo candidates), so the table fits on the stack.</summary>
    private const int MaxLength = 64;

    public static int Compute(string a, string b)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return int.MaxValue;
        }

        int width = b.Length + 1;
        Span<int> d = stackalloc int[(a.Length + 1) * width];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i * width] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.Min(Math.Min(d[((i - 1) * width) + j] + 1, d[(i * width) + j - 1] + 1), d[((i - 1) * width) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[((i - 2) * width) + j - 2] + 1);
                }

                d[(i * width) + j] = best;
            }
        }

        return d[(a.Length * width) + b.Length];
    }
}
