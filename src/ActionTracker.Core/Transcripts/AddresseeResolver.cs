namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Who "you" is when a speaker hands out a task. In order: a speaker named in the same cue ("Maria, you'll…");
/// the one other speaker when only two talk; the participant whose own speech is most about the task's words
/// (the designer is asked to work on what the designer presented); the next other speaker to answer.
/// </summary>
internal sealed class AddresseeResolver
{
    private readonly IReadOnlyList<TranscriptCue> _cues;
    private readonly SpeakerDirectory _speakers;
    private readonly Dictionary<string, Dictionary<string, int>> _wordsBySpeaker = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _totals = new(StringComparer.OrdinalIgnoreCase);

    public AddresseeResolver(IReadOnlyList<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, SpeakerDirectory speakers)
    {
        _cues = cues;
        _speakers = speakers;
        foreach (TranscriptSentence sentence in sentences)
        {
            if (sentence.Speaker is null)
            {
                continue;
            }

            if (!_wordsBySpeaker.TryGetValue(sentence.Speaker, out Dictionary<string, int>? counts))
            {
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                _wordsBySpeaker[sentence.Speaker] = counts;
            }

            foreach (string word in sentence.Words)
            {
                if (ContentWords.IsContent(word))
                {
                    string stem = ContentWords.Stem(word);
                    counts[stem] = counts.GetValueOrDefault(stem) + 1;
                    _totals[sentence.Speaker] = _totals.GetValueOrDefault(sentence.Speaker) + 1;
                }
            }
        }
    }

    public string? Resolve(TranscriptSentence sentence, string? task)
    {
        string? speaker = sentence.Speaker;
        foreach (SpeakerMention mention in _speakers.FindMentions(sentence.Words))
        {
            if (!mention.Speaker.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return mention.Speaker;
            }
        }

        List<string> others = _speakers.Speakers.Where(s => !s.Equals(speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count == 1)
        {
            return others[0];
        }

        if (task is not null && ByTopic(task, others) is { } topical)
        {
            return topical;
        }

        return NextOtherSpeaker(sentence.CueIndex, speaker);
    }

    private string? ByTopic(string task, List<string> others)
    {
        string[] taskWords = task.Split(' ').Select(TranscriptSentenceSplitter.Normalize).Where(ContentWords.IsContent).Select(ContentWords.Stem).Distinct().ToArray();
        string? best = null;
        double bestScore = 0;
        double second = 0;
        foreach (string other in others)
        {
            if (!_wordsBySpeaker.TryGetValue(other, out Dictionary<string, int>? counts))
            {
                continue;
            }

            double total = Math.Max(1, _totals.GetValueOrDefault(other));
            double score = 0;
            foreach (string word in taskWords)
            {
                score += counts.GetValueOrDefault(word) / total;
            }

            if (score > bestScore)
            {
                (second, bestScore, best) = (bestScore, score, other);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        // Only a clear lead names the addressee; a tie says nothing.
        return bestScore > 0 && bestScore >= second * 1.3 ? best : null;
    }

    private string? NextOtherSpeaker(int cueIndex, string? speaker)
    {
        for (int i = cueIndex + 1; i < _cues.Count && i <= cueIndex + 4; i++)
        {
            if (_cues[i].Speaker is { } next && !next.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return next;
            }
        }

        for (int i = cueIndex - 1; i >= 0 && i >= cueIndex - 4; i--)
        {
            if (_cues[i].Speaker is { } previous && !previous.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return previous;
            }
        }

        return null;
    }
}
