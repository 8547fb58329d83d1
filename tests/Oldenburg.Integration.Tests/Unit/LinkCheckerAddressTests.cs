using System.Net;
using Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

namespace Oldenburg.Integration.Tests.Unit;

public class LinkCheckerAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")] // cloud metadata service
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    public void IsPublic_AddressInsideTheNetwork_IsFalse(string address) =>
        Assert.False(LinkCheckerClient.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2001:db8::1")]
    public void IsPublic_PublicAddress_IsTrue(string address) =>
        Assert.True(LinkCheckerClient.IsPublic(IPAddress.Parse(address)));
}
