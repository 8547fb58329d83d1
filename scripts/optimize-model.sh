#!/usr/bin/env bash
# Regenerates the compiled EF Core model of both providers (Data/CompiledModels), which the site uses
# instead of building its model at start-up. Run it after every model change, with the migrations;
# CompiledModelTests fails while it is stale. No database server is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Oldenburg.Integration.Web
rm -rf "$project/Data/CompiledModels"
dotnet build "$project" -nologo -v q
Database__Provider=Sqlite dotnet ef dbcontext optimize --no-build --project "$project" \
  --context SqliteAppDbContext --output-dir Data/CompiledModels/Sqlite \
  --namespace Oldenburg.Integration.Web.Data.CompiledModels.Sqlite
Database__Provider=SqlServer \
ConnectionStrings__SqlServer="Server=localhost;Database=OldenburgIntegration;Integrated Security=true;TrustServerCertificate=true" \
  dotnet ef dbcontext optimize --no-build --project "$project" \
  --context SqlServerAppDbContext --output-dir Data/CompiledModels/SqlServer \
  --namespace Oldenburg.Integration.Web.Data.CompiledModels.SqlServer
