// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QTemporaryDir>
#include <memory>

namespace boli::test {

/// @brief A fresh, empty database for one test, on the engine named by BOLI_TEST_DB (sqlite|postgres).
///
/// PostgreSQL databases are created in the throwaway cluster whose URL tests/pgcluster.sh wrote to
/// BOLI_TEST_PG_FILE, and dropped afterwards. When that cluster is missing the test fails — it never
/// quietly skips a database it was asked to test.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] const server::DatabaseUrl &url() const { return m_url; }
    [[nodiscard]] QString urlText() const;
    /// "sqlite" or "postgres", for test names and messages.
    [[nodiscard]] static QString engine();

private:
    void createPostgres();

    QTemporaryDir m_dir;
    server::DatabaseUrl m_url;
    QString m_adminUrl;
};

} // namespace boli::test
