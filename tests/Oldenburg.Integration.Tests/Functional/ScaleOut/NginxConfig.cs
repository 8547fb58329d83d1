namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>
/// nginx in the foreground with everything (pid, logs, temporary files) in its own folder, balancing
/// between the instances. A request that meets a dead instance (refused, reset, timed out, 502/503)
/// is sent to the next one, so a crash costs no visitor a failed page. docs/operations.md shows the
/// same upstream block for production.
/// </summary>
public static class NginxConfig
{
    public static string For(string folder, int listenPort, IEnumerable<int> instancePorts) => $$"""
        daemon off;
        worker_processes 1;
        pid {{folder}}/nginx.pid;
        error_log {{folder}}/error.log warn;
        events { worker_connections 512; }
        http {
            access_log off;
            client_body_temp_path {{folder}}/client_body;
            proxy_temp_path {{folder}}/proxy;
            fastcgi_temp_path {{folder}}/fastcgi;
            uwsgi_temp_path {{folder}}/uwsgi;
            scgi_temp_path {{folder}}/scgi;
            upstream site {
        {{string.Join("\n", instancePorts.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s;"))}}
                keepalive 16;
            }
            server {
                listen 127.0.0.1:{{listenPort}};
                client_max_body_size 10m;
                location / {
                    proxy_pass http://site;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_connect_timeout 1s;
                    proxy_next_upstream error timeout http_502 http_503;
                    proxy_next_upstream_tries 2;
                }
            }
        }
        """;
}
