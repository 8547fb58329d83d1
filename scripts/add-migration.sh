#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets.
# Usage: scripts/add-migration.sh <MigrationName>
# No database server is needed: the SQL Server connection string below is only used to build the model.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
project=src/Oldenburg.Integration.Web
dotnet build "$project" -nologo -v q
Database__Provider=Sqlite dotnet ef migrations add "$name" --no-build --project "$project" \
  --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite
Database__Provider=SqlServer \
ConnectionStrings__SqlServer="Server=localhost;Database=OldenburgIntegration;Integrated Security=true;TrustServerCertificate=true" \
  dotnet ef migrations add "$name" --no-build --project "$project" \
  --context SqlServerAppDbContext --output-dir Data/Migrations/SqlServer
# The site starts from a compiled model, which must follow every model change (CompiledModelTests).
scripts/optimize-model.sh
