using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionTracker.Core.Transcripts;

/// <summary>The text of a Word document, one line per paragraph (line breaks kept), read from memory.</summary>
internal static class DocxText
{
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>Null when the bytes are not a readable Word document.</summary>
    public static string? Read(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
            Body? body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (Paragraph paragraph in body.Descendants<Paragraph>())
            {
                foreach (OpenXmlElement element in paragraph.Descendants())
                {
                    switch (element)
                    {
                        case Text run:
                            text.Append(run.Text);
                            break;
                        case Break or CarriageReturn:
                            text.Append('\n');
                            break;
                        case TabChar:
                            text.Append('\t');
                            break;
                    }
                }

                text.Append('\n');
            }

            return text.ToString();
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // A damaged or foreign zip is the sender's file problem, reported as such.
            return null;
        }
    }
}
