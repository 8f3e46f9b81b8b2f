#include "demo/DemoLayoutHistory.h"

#include "api/LayoutVersionRecorder.h"
#include "api/SectionWire.h"
#include "storage/SectionRepository.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {
Error historyError(const Error &cause)
{
    return Error {
        u"demo_seed_failed"_s, u"Could not create the demo layout history: "_s + cause.message, {}};
}
} // namespace

DemoLayoutHistory::DemoLayoutHistory(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status DemoLayoutHistory::seed(const SectionConfig &runSheet, const SectionConfig &gallery,
                               const QString &plannerId, const QString &adminId)
{
    FixedClock at(m_clock.now().addDays(-7));
    // One save: the section written, then its dashboard's version recorded, both at `at`.
    const auto save = [&](const QString &author, const std::optional<SectionRecord> &before,
                          const SectionConfig &after) -> Result<SectionRecord> {
        SectionRepository sections(m_db, at);
        auto stored = before ? sections.update(after, before->section.metadata.version)
                             : sections.create(after);
        if (!stored)
            return historyError(stored.error());
        const LayoutTouch touch = layoutTouch(
            after.organizationId,
            before ? std::optional<QJsonObject>(json::section(*before)) : std::nullopt,
            json::section(stored.value()));
        if (auto recorded = recordLayoutVersions(m_db, at, author, {touch}); !recorded)
            return historyError(recorded.error());
        return stored;
    };

    // Last week: the planner's first draft of the run sheet, half the width, another title.
    SectionConfig draft = runSheet;
    draft.customization.title = u"Run Sheet (draft)"_s;
    draft.customization.subtitle = u"Times to confirm with the venue"_s;
    draft.layout.size = u"medium"_s;
    draft.layout.columns = 6;
    draft.metadata.createdBy = draft.metadata.updatedBy = plannerId;
    auto drafted = save(plannerId, std::nullopt, draft);
    if (!drafted)
        return drafted.error();

    // Yesterday: the admin adds the live gallery.
    at.set(m_clock.now().addDays(-1));
    SectionConfig added = gallery;
    added.metadata.createdBy = added.metadata.updatedBy = adminId;
    if (auto stored = save(adminId, std::nullopt, added); !stored)
        return stored.error();

    // Today, an hour ago: the planner finishes the run sheet.
    at.set(m_clock.now().addSecs(-3600));
    SectionConfig finished = runSheet;
    finished.id = drafted->section.id;
    finished.metadata.createdBy = plannerId;
    finished.metadata.updatedBy = plannerId;
    if (auto stored = save(plannerId, drafted.value(), finished); !stored)
        return stored.error();
    return ok();
}

} // namespace wedsync::server
