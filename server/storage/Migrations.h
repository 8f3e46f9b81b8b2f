#pragma once
// Applies the versioned schema migrations in order, each in its own transaction, and records
// them in schema_migrations.
//
// Conventions, chosen once for both backends (see also Schema.cpp):
// - SQL is written in the subset SQLite and PostgreSQL share; the only per-dialect pieces are
//   the type placeholders {{uuid}} (TEXT | UUID), {{json}} (TEXT | JSONB), {{bool}}
//   (INTEGER | BOOLEAN), {{blob}} (BLOB | BYTEA) and statements a migration lists as SQLite- or
//   PostgreSQL-only (triggers, whose syntax differs).
// - Timestamps are TEXT holding ISO-8601 UTC with milliseconds ("2025-06-01T12:00:00.000Z",
//   see SqlValues.h) on both backends: identical bytes everywhere, no driver time-zone
//   conversion, and fixed width so text order is time order. Calendar dates are DATE.
// - Migrations are append-only: a released migration is never edited, a change is a new one.

#include "storage/Database.h"

#include <QList>
#include <QStringList>

namespace wedsync::server {

struct Migration
{
    int version = 0;
    QString name;
    QStringList statements; // portable, with type placeholders
    QStringList sqliteOnly; // run after `statements` on SQLite
    QStringList postgresqlOnly; // run after `statements` on PostgreSQL
};

class Migrations
{
public:
    Migrations(Database &db, QList<Migration> migrations);

    // Applies what is missing; returns how many migrations ran now (0 when up to date).
    // Refuses a database whose schema is newer than this server knows.
    Result<int> apply();
    Result<QList<int>> appliedVersions();
    int latestVersion() const;

private:
    Status ensureTable();
    Status applyOne(const Migration &migration);

    Database &m_db;
    QList<Migration> m_migrations;
};

} // namespace wedsync::server
