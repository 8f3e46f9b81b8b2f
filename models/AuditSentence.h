#pragma once
// One audit row in words, as a wedding's timeline tells it: "Erin Evergreen renamed Run sheet
// to Run sheet v2", "Noor Haddad approved Public liability insurance for Remy Castell".

#include "AuditRecord.h"

#include <QCoreApplication>

#include <functional>

namespace wedsync {

class AuditSentence
{
    Q_DECLARE_TR_FUNCTIONS(AuditSentence)
public:
    // nameOf: a person's name (or a readable stand-in) for a user id; empty id = the system.
    static QString of(const AuditRecord &record,
                      const std::function<QString(const QString &)> &nameOf);

private:
    static QString section(const AuditRecord &record, const QString &who);
    static QString conflict(const AuditRecord &record, const QString &who);
    static QString requirement(const AuditRecord &record, const QString &who,
                               const std::function<QString(const QString &)> &nameOf);
    static QString supplier(const AuditRecord &record, const QString &who,
                            const std::function<QString(const QString &)> &nameOf);
};

} // namespace wedsync
