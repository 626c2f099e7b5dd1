using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Core.Tests.Infrastructure;

/// <summary>A set of pole classes is written "A1a|A1b" in the plan's files and listed as a sentence lists things in the messages.</summary>
public class PoleClassSetTests
{
    [Theory]
    [InlineData("A1a", "A1a", "A1a", "A1a")]
    [InlineData("A1a|A1b", "A1a|A1b", "A1a hoặc A1b", "A1a or A1b")]
    [InlineData("A1a|A1b|A2a", "A1a|A1b|A2a", "A1a, A1b hoặc A2a", "A1a, A1b or A2a")]
    [InlineData("*", "A1a|A1b|A2a|A2b|A2c", "A1a, A1b, A2a, A2b hoặc A2c", "A1a, A1b, A2a, A2b or A2c")]
    public void TheFilesFormRoundTrips_AndTheSentencesListTheClasses(string parsed, string file, string vi, string en)
    {
        var set = PoleClassSet.Parse(parsed);
        Assert.Equal(file, set.ToString());
        Assert.Equal(set, PoleClassSet.Parse(set.ToString()));
        Assert.Equal(vi, set.Vietnamese());
        Assert.Equal(en, set.English());
    }
}
