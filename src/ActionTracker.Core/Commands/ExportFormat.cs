namespace ActionTracker.Core.Commands;

public enum ExportFormat
{
    Csv,
    Markdown,
}
