using System.Globalization;
using System.Runtime.CompilerServices;

namespace Finnest.Database.Tests.Support;

/// <summary>
/// Every test formats and parses numbers and dates the same way whatever the machine's locale:
/// set once, before any test runs, for every thread of the test process.
/// </summary>
internal static class InvariantCulture
{
    [ModuleInitializer]
    internal static void Apply()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
