using Site.Articles.Model;
using Site.Tests.Infrastructure;

namespace Site.Tests.Articles.Images;

public sealed class LeadImagesTests
{
    [Fact]
    public void Read_ServedImage_GivesItsSizeAndType()
    {
        var (image, error) = TestImages.LeadImages.Read("/images/photo.jpg", "A photo");

        Assert.Null(error);
        Assert.Equal(new LeadImage("/images/photo.jpg", "A photo", 1600, 900, "image/jpeg"), image);
    }

    [Fact]
    public void Read_ImageOnDiskButNotAmongTheServedRoutes_IsReported()
    {
        Assert.True(File.Exists(Path.Combine(TestImages.WebRoot, "images", "unbuilt.jpg")));

        var (image, error) = TestImages.LeadImages.Read("/images/unbuilt.jpg", "A photo");

        Assert.Null(image);
        Assert.Equal("image '/images/unbuilt.jpg' is not among the files this build serves: add it under wwwroot/ and rebuild", error);
    }
}
