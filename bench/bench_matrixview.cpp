// The permission matrix on a 300-section dashboard, offscreen: time from loading the sections
// to the first painted matrix (model, cell toggles painted by the delegate), and one toggle
// clicked end to end (the undoable edit, the document's checks, the model's rebuild and the
// repaint it causes). Prints a table; not a test. Goal: a toggle under 16 ms.
#include "LayoutDocument.h"
#include "ModelRoles.h"
#include "PermissionMatrixModel.h"
#include "permissions/PermissionCellDelegate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

QList<SectionConfig> makeSections(int count)
{
    const QUuid space(u"5d0f8f1e-2b7c-4d1a-9e3f-6a7b8c9d0e1f"_s);
    const QStringList roles {u"admin"_s,  u"coordinator"_s, u"photographer"_s,
                             u"couple"_s, u"vendor"_s,      u"guest"_s};
    QList<SectionConfig> out;
    for (int i = 0; i < count; ++i) {
        SectionConfig s;
        s.id = QUuid::createUuidV5(space, QString::number(i)).toString(QUuid::WithoutBraces);
        s.organizationId = QUuid::createUuidV5(space, u"org"_s).toString(QUuid::WithoutBraces);
        s.sectionType = u"custom_%1"_s.arg(i);
        s.layout.position = i;
        s.layout.columns = 6;
        s.customization.title = u"Section %1"_s.arg(i + 1);
        // A different mix of grants per row, so that inheritance and findings have work.
        for (int r = 0; r < roles.size(); ++r) {
            if ((i + r) % 3 != 0)
                s.visibility.roles.append(roles.at(r));
            if ((i * 7 + r) % 5 == 0)
                s.permissions.canEdit.append(roles.at(r));
            if ((i * 3 + r) % 7 == 0)
                s.permissions.canHide.append(roles.at(r));
        }
        out.append(s);
    }
    return out;
}

double percentile(QList<double> values, int p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, values.size() * p / 100));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Matrix
{
    LayoutDocument document;
    PermissionMatrixModel model {&document};
    QTableView view;
    PermissionCellDelegate delegate;
    PaintCounter counter;

    Matrix()
    {
        view.setItemDelegate(&delegate);
        view.resize(1280, 800);
        view.viewport()->installEventFilter(&counter);
    }
    void waitForPaint()
    {
        const int before = counter.paints;
        while (counter.paints == before)
            QCoreApplication::processEvents();
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = 300;
    const QList<SectionConfig> sections = makeSections(count);
    const QString loadBefore = loadAverage();

    QList<double> loads, paints;
    for (int run = 0; run < 5; ++run) {
        Matrix matrix;
        matrix.view.show();
        if (!QTest::qWaitForWindowExposed(&matrix.view))
            std::fprintf(stderr, "window not exposed\n");
        QElapsedTimer timer;
        timer.start();
        matrix.document.reset(sections.first().organizationId, {}, sections, 1);
        loads << msSince(timer);
        matrix.view.setModel(&matrix.model);
        matrix.waitForPaint();
        paints << msSince(timer);
    }

    // One toggle after another down the vendor column, each painted before the next.
    Matrix matrix;
    matrix.document.reset(sections.first().organizationId, {}, sections, 1);
    matrix.view.setModel(&matrix.model);
    matrix.view.show();
    if (!QTest::qWaitForWindowExposed(&matrix.view))
        std::fprintf(stderr, "window not exposed\n");
    matrix.waitForPaint();
    QList<double> toggles;
    const int vendor = PermissionMatrixModel::columnOf(Role::Vendor);
    for (int i = 0; i < 200; ++i) {
        const QModelIndex cell = matrix.model.index(i % 20, vendor);
        QElapsedTimer timer;
        timer.start();
        if (!matrix.model.toggle(cell, i % 2 ? EditFlag : ViewFlag))
            std::fprintf(stderr, "toggle %d refused\n", i);
        matrix.waitForPaint();
        toggles << msSince(timer);
    }

    std::printf("Permission matrix, %d sections x 6 roles, offscreen (load average before %s, "
                "after %s); milliseconds\n\n",
                count, qPrintable(loadBefore), qPrintable(loadAverage()));
    std::printf("| measure | runs | p50 | max |\n|---|---|---|---|\n");
    std::printf("| load the sections (document: pack, validate) | %lld | %.1f | %.1f |\n",
                qlonglong(loads.size()), percentile(loads, 50), percentile(loads, 100));
    std::printf("| load → first painted matrix | %lld | %.1f | %.1f |\n", qlonglong(paints.size()),
                percentile(paints, 50), percentile(paints, 100));
    std::printf("| one toggle → repainted (edit, checks, model, paint); p99 %.1f | %lld | %.1f | "
                "%.1f |\n",
                percentile(toggles, 99), qlonglong(toggles.size()), percentile(toggles, 50),
                percentile(toggles, 100));
    return 0;
}
