namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Requests and their answers across speakers: what "I'll do that" refers to, who answers a call for a volunteer, and
/// an owner's answer that only takes on the task just handed to them.
/// </summary>
internal static class RequestAnswers
{
    /// <summary>
    /// "Luis, can you put together a sample file?" – "Yes, I'll have a sample ready by Friday": an owner's first answer to
    /// a task handed to them is that task taken on, not a second one. The answer is folded into the request, which keeps
    /// the date the owner gave and the surer of the two confidences.
    /// </summary>
    public static void FoldAnswers(List<TranscriptSentence> sentences, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found)
    {
        // Requests by sentence, so each answer looks only at the few sentences before it (linear in the candidates).
        var requests = new Dictionary<int, List<int>>();
        for (int i = 0; i < found.Count; i++)
        {
            if (found[i].Match.Kind is CommitmentKind.Named or CommitmentKind.Addressee)
            {
                if (!requests.TryGetValue(found[i].Sentence, out List<int>? atSentence))
                {
                    atSentence = [];
                    requests[found[i].Sentence] = atSentence;
                }

                atSentence.Add(i);
            }
        }

        var folded = new HashSet<int>();
        for (int f = 0; f < found.Count; f++)
        {
            (int answerAt, CommitmentMatch answerMatch, DraftItem answer) = found[f];
            if (answerMatch.Kind != CommitmentKind.Speaker || answer.Owner is null || RequestAnswered(sentences, found, requests, answerAt, answer) is not { } r)
            {
                continue;
            }

            DraftItem request = found[r].Item;
            found[r] = found[r] with { Item = request with { Due = request.Due ?? answer.Due, Confidence = Math.Max(request.Confidence, answer.Confidence) } };
            folded.Add(f);
        }

        if (folded.Count > 0)
        {
            int index = 0;
            found.RemoveAll(_ => folded.Contains(index++));
        }
    }

    /// <summary>The index of the request that <paramref name="answer"/> takes on, or null.</summary>
    private static int? RequestAnswered(List<TranscriptSentence> sentences, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found, Dictionary<int, List<int>> requests, int answerAt, DraftItem answer)
    {
        for (int s = answerAt - 1; s >= 0 && s >= answerAt - TakeOnReply.Reach; s--)
        {
            if (!requests.TryGetValue(s, out List<int>? atSentence))
            {
                continue;
            }

            for (int k = atSentence.Count - 1; k >= 0; k--)
            {
                DraftItem request = found[atSentence[k]].Item;
                if (string.Equals(request.Owner, answer.Owner, StringComparison.OrdinalIgnoreCase) && IsFirstAnswer(sentences, s, answerAt)
                    && IsSameTask(sentences[answerAt], answer.Task, request.Task))
                {
                    return atSentence[k];
                }
            }
        }

        return null;
    }

    /// <summary>"I'll have a sample ready" answers "put together a sample file"; "I'll also send the report" adds a task.</summary>
    private static bool IsSameTask(TranscriptSentence answer, string answerTask, string requestTask)
    {
        if (answer.Words.Contains("also") || answer.Words.Contains("too"))
        {
            return false;
        }

        if (Signals.IsVague(answerTask))
        {
            return true;
        }

        return ContentWords.StemsOf(answerTask).Overlaps(ContentWords.StemsOf(requestTask));
    }

    /// <summary>Whether sentence <paramref name="answer"/> is in its speaker's first turn after sentence <paramref name="request"/>.</summary>
    private static bool IsFirstAnswer(List<TranscriptSentence> sentences, int request, int answer)
    {
        if (answer - request > TakeOnReply.Reach)
        {
            return false;
        }

        string? asker = sentences[request].Speaker;
        string? owner = sentences[answer].Speaker;
        if (asker is null || owner is null || asker.Equals(owner, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int s = request + 1; s < answer; s++)
        {
            string? speaker = sentences[s].Speaker;
            if (speaker is null || !(speaker.Equals(asker, StringComparison.OrdinalIgnoreCase) || speaker.Equals(owner, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            // Back to the asker after the owner spoke: a later exchange, not the first answer.
            if (speaker.Equals(asker, StringComparison.OrdinalIgnoreCase) && s > request + 1 && sentences[s - 1].Speaker is { } before && before.Equals(owner, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The request another speaker made just before: the last sentence of their turn that asks something of someone
    /// ("Tom, please set up the call. You know them best." asks in its first sentence).
    /// </summary>
    public static (TranscriptSentence Sentence, string Task)? PreviousRequest(List<TranscriptSentence> sentences, int index)
    {
        TranscriptSentence answer = sentences[index];
        string? asker = null;
        (TranscriptSentence Sentence, string Task)? fallback = null;
        for (int i = index - 1; i >= 0 && i >= index - 6; i--)
        {
            TranscriptSentence candidate = sentences[i];
            if (candidate.Speaker is null || candidate.Speaker.Equals(answer.Speaker, StringComparison.OrdinalIgnoreCase))
            {
                if (asker is null)
                {
                    continue;
                }

                break;
            }

            if (asker is not null && !candidate.Speaker.Equals(asker, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            asker = candidate.Speaker;

            // Only a request makes "I'll do that" a task: a question, or words addressed to someone. An outright ask
            // ("could you…?", "please…") wins over an earlier remark that only mentions "you".
            bool request = candidate.IsQuestion || candidate.Words.Contains("you") || candidate.Words.Contains("please") || candidate.Words.Contains("someone");
            if (request && TaskPhraseBuilder.Build(candidate.Raw, candidate.Words, RequestStart(candidate.Words)) is { } task)
            {
                if (IsOutrightRequest(candidate))
                {
                    return (candidate, task);
                }

                fallback ??= (candidate, task);
            }
        }

        return fallback;
    }

    public static bool IsOutrightRequest(TranscriptSentence sentence) =>
        (sentence.IsQuestion && sentence.Words.Contains("you")) || sentence.Words.Contains("please");

    /// <summary>Where the asked-for work starts: after "can you", "please" and the like, else at the sentence start.</summary>
    private static int RequestStart(string[] words)
    {
        for (int i = 0; i < words.Length - 1; i++)
        {
            if (words[i] is "please" || (words[i] is "can" or "could" or "would" or "will" && words[i + 1] is "you"))
            {
                return words[i] is "please" ? i + 1 : i + 2;
            }
        }

        return 0;
    }

    /// <summary>Whoever answers a call for a volunteer with "I can"/"I'll" in the next few turns.</summary>
    public static string? Volunteer(List<TranscriptSentence> sentences, int index)
    {
        TranscriptSentence call = sentences[index];
        for (int i = index + 1; i < sentences.Count && i <= index + 6; i++)
        {
            TranscriptSentence answer = sentences[i];
            if (answer.Speaker is null || answer.Speaker.Equals(call.Speaker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (answer.Words.Take(4).Any(w => w is "i'll" or "i" or "me"))
            {
                return answer.Speaker;
            }
        }

        return null;
    }
}
