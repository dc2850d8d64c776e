#!/usr/bin/env bash
# Adds a migration for both databases: ./migrations.sh AddSomething
set -euo pipefail
name=${1:?usage: ./migrations.sh MigrationName}
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/MissionControl.Migrations.$provider" \
    --startup-project "src/MissionControl.Migrations.$provider" --output-dir Migrations
done

# The generated files open with "#nullable disable"; the project keeps nullable checks on everywhere, and the
# generated code builds cleanly with them, so the directive is taken out.
grep -rl --include='*.cs' '^#nullable disable' src/MissionControl.Migrations.Sqlite/Migrations src/MissionControl.Migrations.Postgres/Migrations |
  xargs -r sed -i '/^#nullable disable$/d'
