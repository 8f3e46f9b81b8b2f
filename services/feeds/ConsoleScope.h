#pragma once
// What the operator chose to look at: one organization (empty: every one the account may read)
// and, within it, one wedding (empty: all of its weddings). Screens narrow their data to it.

#include <QString>

namespace wedsync {

struct ConsoleScope
{
    QString organizationId;
    QString weddingId;

    friend bool operator==(const ConsoleScope &, const ConsoleScope &) = default;
};

} // namespace wedsync
