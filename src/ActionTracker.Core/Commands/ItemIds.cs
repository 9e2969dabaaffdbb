using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary>Reads item ids ("#42" or "42") at the start of a command's arguments.</summary>
internal static class ItemIds
{
    private static readonly char[] Separators = [','];

    /// <summary>One id token, ignoring sentence punctuation after it ("#42:" or "#42,").</summary>
    public static bool TryParse(string token, out ItemNumber number)
    {
        return ItemNumber.TryParse(OptionWords.Bare(token), out number);
    }

    /// <summary>
    /// Reads ids from <paramref name="start"/>: "#3 #4", "#3, #4", "#3,#4" and "#3 and #4" all work. Once an id is
    /// written with "#", a later bare number is text ("done #42 3 hours late"); "done 3 4" still reads two ids.
    /// Repeats are dropped, first occurrence kept. <paramref name="next"/> is the first token after the ids.
    /// </summary>
    public static List<ItemNumber> ReadMany(CommandTokens tokens, int start, out int next)
    {
        List<ItemNumber> ids = [];
        bool bareAllowed = true;
        int i = start;
        while (i < tokens.Count)
        {
            if (ids.Count > 0 && tokens.Lower(i) is "and" or "&" && i + 1 < tokens.Count && TryToken(tokens[i + 1], bareAllowed, []))
            {
                i++;
                continue;
            }

            List<ItemNumber> found = [];
            if (!TryToken(tokens[i], bareAllowed, found))
            {
                break;
            }

            bareAllowed &= !tokens[i].StartsWith('#');
            foreach (ItemNumber id in found)
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            i++;
        }

        next = i;
        return ids;
    }

    private static bool TryToken(string token, bool bareAllowed, List<ItemNumber> found)
    {
        string[] parts = OptionWords.Bare(token).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        foreach (string part in parts)
        {
            bool hashed = part.StartsWith('#');
            if ((!hashed && !bareAllowed) || !ItemNumber.TryParse(part, out ItemNumber number))
            {
                return false;
            }

            found.Add(number);
        }

        return true;
    }
}
