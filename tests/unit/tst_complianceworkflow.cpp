// The supplier compliance workflow as a table: every status pair, who may take the step, the
// reviewer who submitted, closed records, and the review status each step leaves.
#include "ComplianceWorkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wedsync;

Q_DECLARE_METATYPE(wedsync::RequirementStatus)
Q_DECLARE_METATYPE(wedsync::ReviewStatus)

namespace {

using S = RequirementStatus;

const ComplianceActor Supplier {true, false, false};
const ComplianceActor Reviewer {true, true, false};
const ComplianceActor ReviewerWhoSubmitted {true, true, true};
const ComplianceActor ReadOnly {false, false, false};

S status(const char *name)
{
    return *requirementStatusFromName(QString::fromLatin1(name));
}

} // namespace

class TestComplianceWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names()
    {
        QCOMPARE(allRequirementStatuses().size(), 9);
        for (S s : allRequirementStatuses())
            QCOMPARE(requirementStatusFromName(requirementStatusName(s)), std::optional<S>(s));
        QCOMPARE(requirementStatusName(S::RevisionRequired), u"revision_required"_s);
        QVERIFY(!requirementStatusFromName(u"Approved"));
        QVERIFY(!requirementStatusFromName(u""));
        QCOMPARE(reviewStatusFromName(u"pending"), std::optional(ReviewStatus::Pending));
        QCOMPARE(reviewStatusName(ReviewStatus::None), u"none"_s);
    }

    // Every (from, to) pair: the step kind the workflow gives it, or none.
    void steps_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<int>("step"); // -1 none, 0 work, 1 review
        const QHash<QString, QHash<QString, int>> table {
            {u"pending"_s, {{u"draft"_s, 0}, {u"in_progress"_s, 0}, {u"submitted"_s, 0}}},
            {u"draft"_s, {{u"in_progress"_s, 0}, {u"submitted"_s, 0}}},
            {u"in_progress"_s, {{u"draft"_s, 0}, {u"submitted"_s, 0}}},
            {u"submitted"_s,
             {{u"approved"_s, 1},
              {u"revision_required"_s, 1},
              {u"rejected"_s, 1},
              {u"in_progress"_s, 0}}},
            {u"revision_required"_s, {{u"draft"_s, 0}, {u"in_progress"_s, 0}, {u"submitted"_s, 0}}},
            {u"approved"_s, {{u"revision_required"_s, 1}}},
            {u"rejected"_s, {{u"draft"_s, 0}}},
            {u"inactive"_s, {}},
            {u"legacy"_s, {}},
        };
        for (S from : allRequirementStatuses()) {
            for (S to : allRequirementStatuses()) {
                const int step
                    = table.value(requirementStatusName(from)).value(requirementStatusName(to), -1);
                QTest::addRow("%s->%s", qPrintable(requirementStatusName(from)),
                              qPrintable(requirementStatusName(to)))
                    << from << to << step;
            }
        }
    }
    void steps()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(int, step);
        const auto found = statusStep(from, to);
        QCOMPARE(found.has_value(), step >= 0);
        if (found)
            QCOMPARE(int(*found), step);
        QCOMPARE(nextStatuses(from).contains(to), step >= 0);
    }

    void whoMayTakeAStep_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<int>("actor"); // 0 supplier, 1 reviewer, 2 reviewer who submitted, 3 none
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::newRow("supplier submits")
            << status("in_progress") << status("submitted") << 0 << QString();
        QTest::newRow("supplier starts") << status("pending") << status("draft") << 0 << QString();
        QTest::newRow("supplier cannot approve")
            << status("submitted") << status("approved") << 0 << u"forbidden"_s;
        QTest::newRow("supplier cannot reject")
            << status("submitted") << status("rejected") << 0 << u"forbidden"_s;
        QTest::newRow("reviewer approves")
            << status("submitted") << status("approved") << 1 << QString();
        QTest::newRow("reviewer asks for a revision")
            << status("submitted") << status("revision_required") << 1 << QString();
        QTest::newRow("reviewer rejects")
            << status("submitted") << status("rejected") << 1 << QString();
        QTest::newRow("reviewer reopens an approval")
            << status("approved") << status("revision_required") << 1 << QString();
        QTest::newRow("reviewer submits on behalf")
            << status("draft") << status("submitted") << 1 << QString();
        QTest::newRow("own submission not approved")
            << status("submitted") << status("approved") << 2 << u"own_submission"_s;
        QTest::newRow("own submission not rejected")
            << status("submitted") << status("rejected") << 2 << u"own_submission"_s;
        QTest::newRow("own submission may be withdrawn")
            << status("submitted") << status("in_progress") << 2 << QString();
        QTest::newRow("read-only works on nothing")
            << status("pending") << status("draft") << 3 << u"forbidden"_s;
        QTest::newRow("read-only reviews nothing")
            << status("submitted") << status("approved") << 3 << u"forbidden"_s;
        QTest::newRow("no skipping the review")
            << status("draft") << status("approved") << 1 << u"invalid_transition"_s;
        QTest::newRow("approved is not reworked")
            << status("approved") << status("draft") << 1 << u"invalid_transition"_s;
        QTest::newRow("same status")
            << status("draft") << status("draft") << 1 << u"invalid_transition"_s;
        QTest::newRow("nothing becomes legacy by hand")
            << status("draft") << status("legacy") << 1 << u"invalid_transition"_s;
        QTest::newRow("inactive is closed")
            << status("inactive") << status("draft") << 1 << u"record_closed"_s;
        QTest::newRow("legacy is closed")
            << status("legacy") << status("pending") << 1 << u"record_closed"_s;
    }
    void whoMayTakeAStep()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(int, actor);
        QFETCH(QString, refusal);
        const ComplianceActor actors[] = {Supplier, Reviewer, ReviewerWhoSubmitted, ReadOnly};
        const auto refused = checkStatusChange(from, to, actors[actor]);
        QCOMPARE(refused ? refused->code : QString(), refusal);
        if (refused)
            QVERIFY(refused->message.endsWith(u'.'));
        QCOMPARE(nextStatusesFor(from, actors[actor]).contains(to), refusal.isEmpty());
    }

    void invalidTransitionNamesTheWayOut()
    {
        const auto refused = checkStatusChange(S::Draft, S::Approved, Reviewer);
        QVERIFY(refused);
        QCOMPARE(refused->message,
                 u"A draft requirement cannot become approved; it can become: in_progress, "
                 "submitted."_s);
    }

    void reviewStatus_data()
    {
        QTest::addColumn<S>("from");
        QTest::addColumn<S>("to");
        QTest::addColumn<ReviewStatus>("before");
        QTest::addColumn<ReviewStatus>("after");
        QTest::newRow("submit") << S::InProgress << S::Submitted << ReviewStatus::None
                                << ReviewStatus::Pending;
        QTest::newRow("resubmit") << S::RevisionRequired << S::Submitted
                                  << ReviewStatus::RevisionRequired << ReviewStatus::Pending;
        QTest::newRow("approve") << S::Submitted << S::Approved << ReviewStatus::Pending
                                 << ReviewStatus::Approved;
        QTest::newRow("revision") << S::Submitted << S::RevisionRequired << ReviewStatus::Pending
                                  << ReviewStatus::RevisionRequired;
        QTest::newRow("reject") << S::Submitted << S::Rejected << ReviewStatus::Pending
                                << ReviewStatus::Rejected;
        QTest::newRow("withdraw") << S::Submitted << S::InProgress << ReviewStatus::Pending
                                  << ReviewStatus::None;
        QTest::newRow("work after a revision keeps the decision")
            << S::RevisionRequired << S::InProgress << ReviewStatus::RevisionRequired
            << ReviewStatus::RevisionRequired;
        QTest::newRow("start") << S::Pending << S::Draft << ReviewStatus::None
                               << ReviewStatus::None;
    }
    void reviewStatus()
    {
        QFETCH(S, from);
        QFETCH(S, to);
        QFETCH(ReviewStatus, before);
        QFETCH(ReviewStatus, after);
        QCOMPARE(reviewStatusAfter(from, to, before), after);
    }
};

QTEST_APPLESS_MAIN(TestComplianceWorkflow)
#include "tst_complianceworkflow.moc"
