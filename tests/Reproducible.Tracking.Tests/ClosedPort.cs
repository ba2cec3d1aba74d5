using System.Net;
using System.Net.Sockets;

namespace Reproducible.Tracking.Tests;

static class ClosedPort
{
    /// <summary>A PostgreSQL location where nothing listens: a port that was free a moment ago.</summary>
    public static string PostgresLocation()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Username=repro;Password=secret;Database=repro;Timeout=5";
    }
}
