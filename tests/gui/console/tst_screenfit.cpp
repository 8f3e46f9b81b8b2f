// Every screen as it is drawn, against a real wedsync-server: at 1024x700 no table column is
// narrower than its header (the table scrolls sideways instead), and at 1440x900, in English
// and in Spanish, no label, button, check box, combo box, tab, header or visible cell has its
// text cut short.
#include "ConsoleScreens.h"
#include "ShellTestSupport.h"

#include "ServerProcess.h"
#include "common/ConsolePage.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationSwitcher.h"
#include "shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::test;

namespace {

QString shown(const QString &text)
{
    QString plain = text;
    plain.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    return plain.section(u'\n', 0, 0);
}

QString where(const QWidget *widget, const QString &text, int needed, int available)
{
    return u"%1: \"%2\" needs %3 px, has %4"_s.arg(describe(widget), text)
        .arg(needed)
        .arg(available);
}

// A header too narrow for its text: "QTableView eventTable: column "Message" needs 70, has 25".
QStringList narrowHeaders(QHeaderView *header)
{
    QStringList problems;
    if (!header->isVisible() || !header->model())
        return problems;
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = header->model()->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text) + margin;
        if (header->sectionSize(section) < needed)
            problems << where(header->parentWidget(), text, needed, header->sectionSize(section));
    }
    return problems;
}

// The text of each visible cell fits its column (first lines only); in a table whose cells wrap,
// every line of it fits the cell's height.
QStringList cutCells(QAbstractItemView *view)
{
    QStringList problems;
    QAbstractItemModel *model = view->model();
    if (!model || !view->isVisible())
        return problems;
    auto *table = qobject_cast<QTableView *>(view);
    if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->wordWrap())
        return problems;
    const bool wraps = table && table->wordWrap();
    const int grid = table && table->showGrid() ? 1 : 0;
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QRect cell = view->visualRect(index);
            if (!cell.isValid() || !viewport.intersects(cell) || cell.right() > viewport.right())
                continue;
            const QString whole = model->data(index).toString();
            const QString text = wraps ? whole : whole.section(u'\n', 0, 0);
            if (text.isEmpty())
                continue;
            // What the cell's delegate needs to draw it whole (text, icon, badge).
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.widget = view;
            option.font = view->font();
            option.fontMetrics = view->fontMetrics();
            option.rect = cell;
            option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(16, 16);
            option.features |= QStyleOptionViewItem::HasDisplay;
            QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index);
            if (wraps) {
                // The cell is drawn a grid line narrower and shorter than its section.
                option.features |= QStyleOptionViewItem::WrapText;
                option.rect.setWidth(cell.width() - grid);
                const int needed = delegate->sizeHint(option, index).height();
                if (cell.height() - grid < needed)
                    problems << where(view, text, needed, cell.height() - grid) + u" (height)"_s;
                continue;
            }
            int needed = delegate->sizeHint(option, index).width();
            // A plain delegate draws the text; one of our own (toggles, badges) knows best.
            if (delegate->metaObject() == &QStyledItemDelegate::staticMetaObject)
                needed = std::max(needed, view->fontMetrics().horizontalAdvance(text) + margin);
            if (cell.width() < needed)
                problems << where(view, text, needed, cell.width());
        }
    }
    return problems;
}

QStringList cutTexts(QWidget *window)
{
    QStringList problems;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        const QFontMetrics metrics = widget->fontMetrics();
        QStyle *style = widget->style();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text())
                || !label->pixmap().isNull())
                continue;
            const int available = label->contentsRect().width() - 2 * label->margin()
                - std::max(0, label->indent());
            const QString text = shown(label->text());
            const int needed = metrics.horizontalAdvance(text);
            if (needed > available)
                problems << where(label, text, needed, available);
        } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
            const QString text = shown(check->text());
            const int needed = metrics.horizontalAdvance(text)
                + style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, check)
                + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, check);
            if (!text.isEmpty() && needed > check->width())
                problems << where(check, text, needed, check->width());
        } else if (auto *radio = qobject_cast<QRadioButton *>(widget)) {
            const QString text = shown(radio->text());
            const int needed = metrics.horizontalAdvance(text)
                + style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, radio)
                + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, radio);
            if (!text.isEmpty() && needed > radio->width())
                problems << where(radio, text, needed, radio->width());
        } else if (auto *push = qobject_cast<QPushButton *>(widget)) {
            // The label is drawn centred in the button's contents rectangle.
            const QString text = shown(push->text());
            QStyleOptionButton option;
            option.initFrom(push);
            option.text = push->text();
            option.icon = push->icon();
            option.iconSize = push->iconSize();
            const int available
                = style->subElementRect(QStyle::SE_PushButtonContents, &option, push).width();
            int needed = metrics.horizontalAdvance(text);
            if (!push->icon().isNull())
                needed += push->iconSize().width() + 4;
            if (!text.isEmpty() && needed > available)
                problems << where(push, text, needed, available);
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            const QString text = shown(button->text());
            if (text.isEmpty())
                continue;
            int needed = metrics.horizontalAdvance(text) + 8;
            if (!button->icon().isNull())
                needed += button->iconSize().width() + 4;
            if (auto *tool = qobject_cast<QToolButton *>(button);
                tool && tool->popupMode() == QToolButton::MenuButtonPopup)
                needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, tool);
            if (needed > button->width())
                problems << where(button, text, needed, button->width());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            if (combo->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            const QRect field = style->subControlRect(QStyle::CC_ComboBox, &option,
                                                      QStyle::SC_ComboBoxEditField, combo);
            const QString text = combo->currentText();
            int needed = metrics.horizontalAdvance(text);
            if (!combo->itemIcon(combo->currentIndex()).isNull())
                needed += combo->iconSize().width() + 4;
            if (!text.isEmpty() && needed > field.width())
                problems << where(combo, text, needed, field.width());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString text = shown(tabs->tabText(i));
                const int needed = metrics.horizontalAdvance(text)
                    + style->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs) / 2;
                if (tabs->isTabVisible(i) && needed > tabs->tabRect(i).width())
                    problems << where(tabs, text, needed, tabs->tabRect(i).width());
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (auto *table = qobject_cast<QTableView *>(view))
                problems << narrowHeaders(table->horizontalHeader());
            else if (auto *tree = qobject_cast<QTreeView *>(view); tree && !tree->isHeaderHidden())
                problems << narrowHeaders(tree->header());
            problems << cutCells(view);
        }
    }
    return problems;
}

} // namespace

class tst_ScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void columnsKeepTheirHeadersAt1024();
    void columnWidthsAreRememberedPerAccount();
    void nothingIsCutAt1440_data();
    void nothingIsCutAt1440();

private:
    QTemporaryDir m_data;
    ServerProcess m_server;
    QStringList m_profiles;
};

void tst_ScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    QVERIFY2(m_server.start({u"--demo"_s, u"--data-dir"_s, m_data.path()}),
             qPrintable(m_server.errorString()));
}

void tst_ScreenFit::cleanup()
{
    for (const QString &profile : std::as_const(m_profiles))
        removeProfile(profile);
    m_profiles.clear();
}

void tst_ScreenFit::columnsKeepTheirHeadersAt1024()
{
    m_profiles.append(newProfileName());
    auto console = openEveryScreen(m_server.baseUrl(), m_profiles.last(), u"es"_s, {1024, 700});
    QVERIFY(console);
    MainWindow *window = console->mainWindow();
    QCOMPARE(window->size(), QSize(1024, 700));
    QStringList problems;
    for (const QString &pageId : ScreenIds) {
        QVERIFY(showScreen(*console, pageId));
        for (QTableView *table : window->currentPage()->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            problems << narrowHeaders(table->horizontalHeader());
            // Columns beyond the view's width are reached by a visible scroll bar.
            QHeaderView *header = table->horizontalHeader();
            if (header->length() > table->viewport()->width() + 1
                && !table->horizontalScrollBar()->isVisible())
                problems << describe(table) + u": columns beyond the edge and no scroll bar"_s;
        }
    }
    // The sync-health events keep their message column after the scope changes.
    QVERIFY(showScreen(*console, u"dashboard"_s));
    auto *organizations = window->switcher()->findChild<QComboBox *>(u"organizationCombo"_s);
    for (int index : {0, organizations->count() - 1, 1}) {
        organizations->setCurrentIndex(index);
        QTest::qWait(300);
        problems << narrowHeaders(
            window->findChild<QTableView *>(u"eventTable"_s)->horizontalHeader());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ScreenFit::columnWidthsAreRememberedPerAccount()
{
    m_profiles.append(newProfileName());
    auto console = openEveryScreen(m_server.baseUrl(), m_profiles.last(), u"en"_s, {1440, 900});
    QVERIFY(console);
    QVERIFY(showScreen(*console, u"dashboard"_s));
    auto *events = console->mainWindow()->findChild<QTableView *>(u"eventTable"_s);
    const int tenantColumn = 1; // SyncEventModel::TenantColumn
    const int before = events->columnWidth(tenantColumn);
    events->horizontalHeader()->resizeSection(tenantColumn, before + 77); // as a drag does

    // Signed out and in again: the width is back.
    console->signOut();
    QTRY_VERIFY(console->signInDialog()->isVisible());
    QVERIFY(signInThroughDialog(*console, u"platform@wedsync.demo"_s, DemoPassword));
    events = console->mainWindow()->findChild<QTableView *>(u"eventTable"_s);
    QTRY_COMPARE(events->columnWidth(tenantColumn), before + 77);

    // Another account on the same computer keeps its own.
    console->signOut();
    QTRY_VERIFY(console->signInDialog()->isVisible());
    QVERIFY(signInThroughDialog(*console, u"support@wedsync.demo"_s, DemoPassword));
    QVERIFY(console->mainWindow()->showPage(u"dashboard"_s));
    events = console->mainWindow()->findChild<QTableView *>(u"eventTable"_s);
    QVERIFY(events->columnWidth(tenantColumn) < before + 77);
}

void tst_ScreenFit::nothingIsCutAt1440_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("es") << u"es"_s;
}

void tst_ScreenFit::nothingIsCutAt1440()
{
    QFETCH(QString, language);
    m_profiles.append(newProfileName());
    auto console = openEveryScreen(m_server.baseUrl(), m_profiles.last(), language, {1440, 900});
    QVERIFY(console);
    QStringList problems;
    for (const QString &pageId : ScreenIds) {
        QVERIFY(showScreen(*console, pageId));
        // What a user sees once they pick a row as well.
        console->mainWindow()->currentPage()->showExample();
        QTest::qWait(300);
        for (const QString &problem : cutTexts(console->mainWindow()))
            problems << pageId + u": "_s + problem;
    }
    // The dialogs too.
    console->showSettings();
    QTRY_VERIFY(console->settingsDialog()->isVisible());
    for (const QString &problem : cutTexts(console->settingsDialog()))
        problems << u"settings: "_s + problem;
    console->settingsDialog()->hide();
    console->signOut();
    QTRY_VERIFY(console->signInDialog()->isVisible());
    for (const QString &problem : cutTexts(console->signInDialog()))
        problems << u"sign-in: "_s + problem;
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
