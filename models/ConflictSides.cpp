#include "ConflictSides.h"

using namespace Qt::StringLiterals;

namespace wedsync {

ConflictSides::ConflictSides(const QString &source)
    : m_kind(source == u"crm_sync"_s            ? Kind::Crm
                 : source == u"calendar_sync"_s ? Kind::Calendar
                                                : Kind::Server)
{ }

QString ConflictSides::pick(const QString &server, const QString &crm,
                            const QString &calendar) const
{
    switch (m_kind) {
    case Kind::Crm:
        return crm;
    case Kind::Calendar:
        return calendar;
    case Kind::Server:
        break;
    }
    return server;
}

QString ConflictSides::mineColumn() const
{
    return pick(tr("Refused change"), tr("In WedSync"), tr("In WedSync"));
}

QString ConflictSides::theirsColumn() const
{
    return pick(tr("On the server"), tr("In the CRM"), tr("In the calendar"));
}

QString ConflictSides::keepMineButton() const
{
    return pick(tr("Keep re&fused"), tr("Keep WedS&ync's"), tr("Keep WedS&ync's"));
}

QString ConflictSides::keepMineTip() const
{
    return pick(tr("Use the value of the change the server refused for this field"),
                tr("Use WedSync's value for this field"), tr("Use WedSync's value for this field"));
}

QString ConflictSides::keepTheirsButton() const
{
    return pick(tr("Keep ser&ver's"), tr("Keep the CR&M's"), tr("Keep the ca&lendar's"));
}

QString ConflictSides::keepTheirsTip() const
{
    return pick(tr("Use the value the server has now for this field"),
                tr("Use the CRM's value for this field"),
                tr("Use the calendar's value for this field"));
}

QString ConflictSides::allMineButton() const
{
    return pick(tr("All refused"), tr("All WedSync's"), tr("All WedSync's"));
}

QString ConflictSides::allMineTip() const
{
    return pick(tr("Choose the refused change's value for every field in conflict"),
                tr("Choose WedSync's value for every field in conflict"),
                tr("Choose WedSync's value for every field in conflict"));
}

QString ConflictSides::allTheirsButton() const
{
    return pick(tr("All server's"), tr("All the CRM's"), tr("All the calendar's"));
}

QString ConflictSides::allTheirsTip() const
{
    return pick(tr("Choose the server's value for every field in conflict"),
                tr("Choose the CRM's value for every field in conflict"),
                tr("Choose the calendar's value for every field in conflict"));
}

QString ConflictSides::applyMine() const
{
    return pick(tr("Keep the &refused change"), tr("Keep &WedSync's version"),
                tr("Keep &WedSync's version"));
}

QString ConflictSides::applyTheirs() const
{
    return pick(tr("Keep the &server's version"), tr("Keep the &CRM's version"),
                tr("Keep the &calendar's version"));
}

QString ConflictSides::keepMineStep(const QString &field) const
{
    return pick(tr("Keep the refused %1"), tr("Keep WedSync's %1"), tr("Keep WedSync's %1"))
        .arg(field);
}

QString ConflictSides::keepTheirsStep(const QString &field) const
{
    return pick(tr("Keep the server's %1"), tr("Keep the CRM's %1"), tr("Keep the calendar's %1"))
        .arg(field);
}

QString ConflictSides::allMineStep() const
{
    return pick(tr("Keep every refused value"), tr("Keep every value in WedSync"),
                tr("Keep every value in WedSync"));
}

QString ConflictSides::allTheirsStep() const
{
    return pick(tr("Keep every value on the server"), tr("Keep every value in the CRM"),
                tr("Keep every value in the calendar"));
}

QString ConflictSides::onlyMineChanged() const
{
    return pick(tr("Only the refused change touched it: merged"),
                tr("Only WedSync changed it: merged"), tr("Only WedSync changed it: merged"));
}

QString ConflictSides::onlyTheirsChanged() const
{
    return pick(tr("Only the server's change touched it: merged"),
                tr("Only the CRM changed it: merged"), tr("Only the calendar changed it: merged"));
}

QString ConflictSides::whoChanged(const QString &mineBy, const QString &mineAt,
                                  const QString &theirsBy, const QString &theirsAt) const
{
    if (m_kind == Kind::Server)
        return tr("Refused change by %1 at %2. Server's change by %3 at %4.")
            .arg(mineBy, mineAt, theirsBy, theirsAt);
    return pick({}, tr("Changed in WedSync by %1 at %2, and in the CRM at %3."),
                tr("Changed in WedSync by %1 at %2, and in the calendar at %3."))
        .arg(mineBy, mineAt, theirsAt);
}

} // namespace wedsync
