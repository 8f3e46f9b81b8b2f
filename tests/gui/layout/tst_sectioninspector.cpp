// The section inspector as a planner uses it: typing, choosing, hostile pastes, validator
// messages under their field, what a coordinator or support may change, and a form that
// follows undo and changes from elsewhere.

#include "LayoutDocument.h"
#include "LayoutTestData.h"
#include "SectionValidator.h"
#include "layout/InspectorFields.h"
#include "layout/SectionInspector.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wedsync;
using namespace wedsync::testing;

class TestSectionInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheSelectedSection();
    void typingATitleIsOneUndoStep();
    void typingKeepsTheCursor();
    void undoRefreshesTheFormWithoutNewEdits();
    void ctrlZInAFieldUndoesTheDocument();
    void remoteChangeRefreshesTheForm();
    void invalidColourShowsTheValidatorMessage();
    void swatchOpensTheColourChooser();
    void iconLayoutAndPhases();
    void spanishFitsBesideTheCanvas();
    void conditions();
    void permissionsGrid();
    void coordinatorSeesGrantFieldsDisabled();
    void readOnlyDisablesEverything();
    void coordinatorCannotEditBilling();
    void hostilePasteIsHandled_data();
    void hostilePasteIsHandled();
    void errorPathsMapToFields();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *widget = m_inspector->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    SectionConfig budget() const { return *m_doc->section(m_budget); }

    LayoutDocument *m_doc = nullptr;
    SectionInspector *m_inspector = nullptr;
    QString m_budget;
};

void TestSectionInspector::init()
{
    m_doc = new LayoutDocument;
    m_doc->reset(LayoutTestOrganization, {}, demoLayoutSections(), 4);
    m_inspector = new SectionInspector(m_doc);
    m_inspector->resize(420, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
    QCOMPARE(find<QWidget>(u"inspectorEmpty"_s)->isVisible(), true);
    m_budget = sectionIdOfType(m_doc->sections(), u"budget"_s);
    m_doc->select(m_budget);
    QCOMPARE(m_inspector->sectionId(), m_budget);
}

void TestSectionInspector::cleanup()
{
    delete m_inspector;
    delete m_doc;
}

void TestSectionInspector::showsTheSelectedSection()
{
    QCOMPARE(find<QLineEdit>(u"inspectorTitle"_s)->text(), u"Budget"_s);
    QCOMPARE(find<QLabel>(u"inspectorTitleCount"_s)->text(), u"6 / 100"_s);
    QCOMPARE(find<QLineEdit>(u"inspectorSubtitle"_s)->text(), u"Spent, committed and remaining"_s);
    QCOMPARE(find<QLineEdit>(u"inspectorColor"_s)->text(), u"#2e7d32"_s);
    QCOMPARE(find<QComboBox>(u"inspectorIcon"_s)->currentData().toString(), u"wallet"_s);
    QCOMPARE(find<QSpinBox>(u"inspectorColumns"_s)->value(), 6);
    QCOMPARE(find<QComboBox>(u"inspectorSize"_s)->currentData().toString(), u"medium"_s);
    QVERIFY(find<QLabel>(u"inspectorPosition"_s)->text().contains(u"Row"_s));
    QVERIFY(find<QCheckBox>(u"inspectorRole_couple"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(u"inspectorRole_guest"_s)->isChecked());
    QVERIFY(find<QCheckBox>(u"inspectorEveryPhase"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(u"inspectorPhase_planning"_s)->isEnabled());
    QVERIFY(find<QCheckBox>(u"inspectorCanEdit_coordinator"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(u"inspectorCanHide_coordinator"_s)->isChecked());
    QVERIFY(!find<QLabel>(u"inspectorError_title"_s)->isVisible());

    // Another selection shows the other section; none shows the hint.
    const QString photos = sectionIdOfType(m_doc->sections(), u"photos"_s);
    m_doc->select(photos);
    QCOMPARE(find<QLineEdit>(u"inspectorTitle"_s)->text(), u"Photos"_s);
    QVERIFY(!find<QCheckBox>(u"inspectorEveryPhase"_s)->isChecked());
    QVERIFY(find<QCheckBox>(u"inspectorPhase_wedding_day"_s)->isChecked());
    QVERIFY(!find<QCheckBox>(u"inspectorPhase_planning"_s)->isChecked());
    m_doc->select({});
    QVERIFY(find<QWidget>(u"inspectorEmpty"_s)->isVisible());
    QCOMPARE(m_doc->undoStack()->count(), 0); // showing is not editing
}

void TestSectionInspector::typingATitleIsOneUndoStep()
{
    auto *title = find<QLineEdit>(u"inspectorTitle"_s);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" for the day"_s);
    QCOMPARE(budget().customization.title, u"Budget for the day"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(find<QLabel>(u"inspectorTitleCount"_s)->text(), u"18 / 100"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(budget().customization.title, u"Budget"_s);
}

void TestSectionInspector::typingKeepsTheCursor()
{
    auto *title = find<QLineEdit>(u"inspectorTitle"_s);
    title->setFocus();
    title->setCursorPosition(3); // "Bud|get"
    QTest::keyClicks(title, u"xy"_s);
    QCOMPARE(budget().customization.title, u"Budxyget"_s);
    QCOMPARE(title->cursorPosition(), 5);
    // A change from elsewhere to another field leaves the title's cursor alone.
    QVERIFY(m_doc->setField(m_budget, u"subtitle"_s, u"Money"_s).ok());
    QCOMPARE(title->cursorPosition(), 5);
    QCOMPARE(find<QLineEdit>(u"inspectorSubtitle"_s)->text(), u"Money"_s);
}

void TestSectionInspector::undoRefreshesTheFormWithoutNewEdits()
{
    auto *title = find<QLineEdit>(u"inspectorTitle"_s);
    auto *columns = find<QSpinBox>(u"inspectorColumns"_s);
    title->end(false);
    QTest::keyClicks(title, u"!"_s);
    columns->setValue(4); // as the arrows or typing would
    QCOMPARE(budget().layout.columns, 4);
    QCOMPARE(m_doc->undoStack()->count(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(columns->value(), 6);
    m_doc->undoStack()->undo();
    QCOMPARE(title->text(), u"Budget"_s);
    // Refreshing did not push edits of its own: both steps can still be redone.
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->index(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(title->text(), u"Budget!"_s);
}

void TestSectionInspector::ctrlZInAFieldUndoesTheDocument()
{
    // The page's Undo action, as the Edit menu has it.
    auto *undo = m_doc->undoStack()->createUndoAction(m_inspector);
    undo->setShortcut(QKeySequence::Undo);
    m_inspector->addAction(undo);
    m_inspector->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inspector));

    auto *title = find<QLineEdit>(u"inspectorTitle"_s);
    auto *columns = find<QSpinBox>(u"inspectorColumns"_s);
    columns->setValue(5);
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" plan"_s);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QTest::keySequence(title, QKeySequence::Undo);
    QCOMPARE(m_doc->undoStack()->index(), 1); // the document's step, not the field's own
    QCOMPARE(title->text(), u"Budget"_s);
    QTest::keySequence(title, QKeySequence::Undo);
    QCOMPARE(columns->value(), 6);
    QCOMPARE(m_doc->undoStack()->index(), 0);
}

void TestSectionInspector::remoteChangeRefreshesTheForm()
{
    SectionConfig theirs = budget();
    theirs.customization.subtitle = u"Updated by Ana"_s;
    theirs.visibility.roles << u"vendor"_s;
    theirs.metadata.version += 1;
    m_doc->applyRemote(theirs);
    QCOMPARE(find<QLineEdit>(u"inspectorSubtitle"_s)->text(), u"Updated by Ana"_s);
    QVERIFY(find<QCheckBox>(u"inspectorRole_vendor"_s)->isChecked());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestSectionInspector::invalidColourShowsTheValidatorMessage()
{
    auto *color = find<QLineEdit>(u"inspectorColor"_s);
    color->selectAll();
    QTest::keyClicks(color, u"blue"_s);
    QCOMPARE(budget().customization.color, u"blue"_s);
    QVERIFY(m_doc->hasErrors());
    QList<FieldError> errors = m_doc->errors(m_budget);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, u"customization.color"_s);
    auto *label = find<QLabel>(u"inspectorError_color"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), errors.first().message);
    QCOMPARE(color->accessibleDescription(), errors.first().message);
    QVERIFY(color->property("wedsyncInvalid").toBool());
    QVERIFY(!find<QLabel>(u"inspectorError_title"_s)->isVisible());

    color->selectAll();
    QTest::keyClicks(color, u"#abc"_s);
    QVERIFY(!m_doc->hasErrors());
    QVERIFY(!label->isVisible());
    QVERIFY(!color->property("wedsyncInvalid").toBool());
    QCOMPARE(m_doc->undoStack()->count(), 1); // one field, one step
}

void TestSectionInspector::swatchOpensTheColourChooser()
{
    QColor offered;
    m_inspector->setColorChooser([&offered](const QColor &initial, QWidget *) {
        offered = initial;
        return QColor(u"#336699"_s);
    });
    QTest::mouseClick(find<QToolButton>(u"inspectorColorSwatch"_s), Qt::LeftButton);
    QCOMPARE(offered, QColor(u"#2e7d32"_s));
    QCOMPARE(budget().customization.color, u"#336699"_s);
    QCOMPARE(find<QLineEdit>(u"inspectorColor"_s)->text(), u"#336699"_s);

    // Cancelling the dialog changes nothing.
    m_inspector->setColorChooser([](const QColor &, QWidget *) { return QColor(); });
    QTest::mouseClick(find<QToolButton>(u"inspectorColorSwatch"_s), Qt::LeftButton);
    QCOMPARE(budget().customization.color, u"#336699"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestSectionInspector::spanishFitsBesideTheCanvas()
{
    // In a 1024-pixel window the side pane is about 300 pixels wide, its scroll bar included:
    // in Spanish too, every field fits without a horizontal scroll bar (words wrap, fields go
    // under their labels).
    QTranslator spanish;
    QVERIFY(spanish.load(u":/i18n/wedsync_es.qm"_s));
    QCoreApplication::installTranslator(&spanish);
    QTRY_VERIFY(find<QLabel>(u"inspectorPosition"_s)->text().contains(u"Fila"_s));
    // What the scrolling form needs, beside the vertical scroll bar.
    const int width = find<QScrollArea>(u"inspectorScroll"_s)->widget()->minimumSizeHint().width();
    QCoreApplication::removeTranslator(&spanish);
    QVERIFY2(width <= 270, qPrintable(u"needs %1 pixels"_s.arg(width)));
}

void TestSectionInspector::iconLayoutAndPhases()
{
    auto *icon = find<QComboBox>(u"inspectorIcon"_s);
    const int camera = icon->findData(u"camera"_s);
    QVERIFY(camera > 0);
    icon->setCurrentIndex(camera);
    Q_EMIT icon->activated(camera);
    QCOMPARE(budget().customization.icon, u"camera"_s);
    // Another name of a bundled icon is listed as it is; an unknown one says it has none.
    QVERIFY(m_doc->setField(m_budget, u"icon"_s, u"clock"_s).ok());
    QCOMPARE(icon->currentText(), u"clock"_s);
    QVERIFY(m_doc->setField(m_budget, u"icon"_s, u"spaceship"_s).ok());
    QCOMPARE(icon->currentText(), u"spaceship (no bundled icon)"_s);

    auto *size = find<QComboBox>(u"inspectorSize"_s);
    const int large = size->findData(u"large"_s);
    size->setCurrentIndex(large);
    Q_EMIT size->activated(large);
    QCOMPARE(budget().layout.size, u"large"_s);

    auto *every = find<QCheckBox>(u"inspectorEveryPhase"_s);
    QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(5, every->height() / 2));
    QCOMPARE(budget().visibility.hasWeddingPhases, true);
    QCOMPARE(budget().visibility.weddingPhases.size(), 4);
    auto *planning = find<QCheckBox>(u"inspectorPhase_planning"_s);
    QVERIFY(planning->isEnabled());
    QTest::mouseClick(planning, Qt::LeftButton, {}, QPoint(5, planning->height() / 2));
    QCOMPARE(budget().visibility.weddingPhases,
             QStringList({u"pre_wedding"_s, u"wedding_day"_s, u"post_wedding"_s}));
    QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(5, every->height() / 2));
    QCOMPARE(budget().visibility.hasWeddingPhases, false);
}

void TestSectionInspector::conditions()
{
    auto *access = find<QCheckBox>(u"inspectorWeddingAccess"_s);
    QTest::mouseClick(access, Qt::LeftButton, {}, QPoint(5, access->height() / 2));
    QCOMPARE(budget().visibility.conditions, QJsonObject({{u"hasWeddingAccess"_s, true}}));

    auto *minimum = find<QComboBox>(u"inspectorMinimumRole"_s);
    const int couple = minimum->findData(u"couple"_s);
    minimum->setCurrentIndex(couple);
    Q_EMIT minimum->activated(couple);
    QCOMPARE(budget().visibility.conditions.value(u"minimumRole"_s).toString(), u"couple"_s);

    auto *name = find<QLineEdit>(u"inspectorCustomFieldName"_s);
    QVERIFY(!find<QLineEdit>(u"inspectorCustomFieldValue"_s)->isEnabled());
    QTest::keyClicks(name, u"venue_type"_s);
    QTest::keyClicks(find<QLineEdit>(u"inspectorCustomFieldValue"_s), u"barn"_s);
    auto *op = find<QComboBox>(u"inspectorCustomFieldOperator"_s);
    op->setCurrentIndex(op->findData(u"contains"_s));
    Q_EMIT op->activated(op->currentIndex());
    QCOMPARE(budget().visibility.conditions.value(u"customField"_s).toObject(),
             QJsonObject({{u"field"_s, u"venue_type"_s},
                          {u"operator"_s, u"contains"_s},
                          {u"value"_s, u"barn"_s}}));

    auto *window = find<QCheckBox>(u"inspectorTimeWindow"_s);
    QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(5, window->height() / 2));
    const QJsonObject restriction
        = budget().visibility.conditions.value(u"timeRestriction"_s).toObject();
    const QDateTime start
        = QDateTime::fromString(restriction.value(u"start").toString(), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(restriction.value(u"end").toString(), Qt::ISODate);
    QVERIFY(start.isValid());
    QVERIFY(end > start);
    QVERIFY(!m_doc->hasErrors());

    // Clearing the custom field's name removes that condition only.
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!budget().visibility.conditions.contains(u"customField"_s));
    QVERIFY(budget().visibility.conditions.value(u"hasWeddingAccess"_s).toBool());
    QVERIFY(budget().visibility.conditions.contains(u"timeRestriction"_s));

    // The conditions are one field: one undo step takes them all back, and the form follows.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(budget().visibility.conditions, QJsonObject());
    QVERIFY(!window->isChecked());
    QVERIFY(!access->isChecked());
    QVERIFY(name->text().isEmpty());
    QCOMPARE(minimum->currentData().toString(), QString());
    QVERIFY(!find<QDateTimeEdit>(u"inspectorTimeStart"_s)->isEnabled());
}

void TestSectionInspector::permissionsGrid()
{
    auto *hide = find<QCheckBox>(u"inspectorCanHide_coordinator"_s);
    QTest::mouseClick(hide, Qt::LeftButton, {}, QPoint(hide->width() / 2, hide->height() / 2));
    QCOMPARE(budget().permissions.canHide, QStringList({u"coordinator"_s, u"admin"_s}));
    auto *guest = find<QCheckBox>(u"inspectorRole_guest"_s);
    QTest::mouseClick(guest, Qt::LeftButton, {}, QPoint(5, guest->height() / 2));
    QVERIFY(budget().visibility.roles.contains(u"guest"_s));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestSectionInspector::coordinatorSeesGrantFieldsDisabled()
{
    QSignalSpy status(m_inspector, &SectionInspector::statusMessage);
    m_doc->setMayChangeGrants(false);
    m_doc->select({});
    m_doc->select(m_budget);
    for (const QString &name : {u"inspectorRole_couple"_s, u"inspectorCanView_admin"_s,
                                u"inspectorCanEdit_vendor"_s, u"inspectorCanHide_guest"_s}) {
        auto *box = find<QCheckBox>(name);
        QVERIFY2(!box->isEnabled(), qPrintable(name));
        QCOMPARE(box->toolTip(), u"Only admins change who sees a section"_s);
    }
    // Coordinators still change the look, the layout, the phases and the conditions.
    QVERIFY(find<QLineEdit>(u"inspectorTitle"_s)->isEnabled());
    QVERIFY(find<QSpinBox>(u"inspectorColumns"_s)->isEnabled());
    QVERIFY(find<QCheckBox>(u"inspectorEveryPhase"_s)->isEnabled());
    QVERIFY(find<QCheckBox>(u"inspectorWeddingAccess"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"inspectorNotice"_s)->isVisible());
    QCOMPARE(status.count(), 0);
}

void TestSectionInspector::readOnlyDisablesEverything()
{
    m_doc->setReadOnly(true);
    for (const QString &name : {u"inspectorTitle"_s, u"inspectorSubtitle"_s, u"inspectorColor"_s})
        QVERIFY2(!find<QLineEdit>(name)->isEnabled(), qPrintable(name));
    QVERIFY(!find<QToolButton>(u"inspectorColorSwatch"_s)->isEnabled());
    QVERIFY(!find<QSpinBox>(u"inspectorColumns"_s)->isEnabled());
    QVERIFY(!find<QComboBox>(u"inspectorSize"_s)->isEnabled());
    QVERIFY(!find<QCheckBox>(u"inspectorEveryPhase"_s)->isEnabled());
    QVERIFY(!find<QCheckBox>(u"inspectorRole_admin"_s)->isEnabled());
    QVERIFY(!find<QWidget>(u"inspectorConditions"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"inspectorNotice"_s)->text().contains(u"read-only"_s));
    m_doc->setReadOnly(false);
    QVERIFY(find<QLineEdit>(u"inspectorTitle"_s)->isEnabled());
}

void TestSectionInspector::coordinatorCannotEditBilling()
{
    m_doc->setMayChangeGrants(false);
    const QString billing = sectionIdOfType(m_doc->sections(), u"billing"_s);
    QVERIFY(!m_doc->mayEdit(billing));
    m_doc->select(billing);
    QCOMPARE(find<QLineEdit>(u"inspectorTitle"_s)->text(), u"Billing"_s);
    QVERIFY(!find<QLineEdit>(u"inspectorTitle"_s)->isEnabled());
    QVERIFY(!find<QSpinBox>(u"inspectorColumns"_s)->isEnabled());
    QVERIFY(!find<QWidget>(u"inspectorConditions"_s)->isEnabled());
    QCOMPARE(find<QLabel>(u"inspectorNotice"_s)->text(),
             u"Your role cannot change this section."_s);
    // The budget next to it stays editable.
    m_doc->select(m_budget);
    QVERIFY(find<QLineEdit>(u"inspectorTitle"_s)->isEnabled());
}

void TestSectionInspector::hostilePasteIsHandled_data()
{
    QTest::addColumn<QString>("pasted");
    QString longTitle;
    while (longTitle.size() < 4000)
        longTitle += u"Reception and dinner "_s;
    longTitle.truncate(4000);
    QTest::newRow("4,000 characters") << longTitle;
    QTest::newRow("control characters") << u"Tab\there\u0007bell\u0001"_s;
    QTest::newRow("right-to-left override") << u"Budget \u202Etegdub\u202C end"_s;
    // Family, flag, and a kiss with two skin tones: one character each.
    QTest::newRow("emoji sequences")
        << QString(u"\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1EA\U0001F1F8 "
                   u"\U0001F9D1\U0001F3FB\u200D\u2764\uFE0F\u200D\U0001F48B\u200D\U0001F9D1"
                   u"\U0001F3FD"_s)
               .repeated(40);
}

void TestSectionInspector::hostilePasteIsHandled()
{
    QFETCH(QString, pasted);
    auto *title = find<QLineEdit>(u"inspectorTitle"_s);
    title->setFocus();
    title->selectAll();
    QGuiApplication::clipboard()->setText(pasted);
    QTest::keySequence(title, QKeySequence::Paste);
    if (title->text() == u"Budget"_s) // a platform without a clipboard: type it in
        title->insert(pasted);
    const QString stored = budget().customization.title;
    QVERIFY(!stored.isEmpty());
    QCOMPARE(stored, title->text());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    const int characters = userCharacterCount(stored);
    const QString count = find<QLabel>(u"inspectorTitleCount"_s)->text();
    QVERIFY2(count.startsWith(QString::number(characters) + u" / 100"_s), qPrintable(count));
    if (characters > 100)
        QVERIFY2(count.contains(u"first 100 characters are kept when you save"_s),
                 qPrintable(count));
    // What the validator says about it (if anything) is under the title, not lost.
    QStringList titleErrors;
    for (const FieldError &error : m_doc->errors(m_budget)) {
        if (error.field == u"customization.title")
            titleErrors << error.message;
    }
    QCOMPARE(find<QLabel>(u"inspectorError_title"_s)->text(), titleErrors.join(u' '));
    // Undo brings the old title back whole.
    m_doc->undoStack()->undo();
    QCOMPARE(title->text(), u"Budget"_s);
}

void TestSectionInspector::errorPathsMapToFields()
{
    QCOMPARE(inspectorFieldForErrorPath(u"customization.title"_s), u"title"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"visibility.roles[2]"_s), u"roles"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"visibility.weddingPhase[0]"_s), u"phases"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"visibility.conditions.minimumRole"_s), u"conditions"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"layout.columns"_s), u"columns"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"permissions.canHide[1]"_s), u"canHide"_s);
    QCOMPARE(inspectorFieldForErrorPath(u"id"_s), QString());
    QCOMPARE(inspectorFieldForErrorPath(u"metadata.version"_s), QString());

    // A message with no field of its own shows at the top of the form.
    SectionConfig broken = budget();
    broken.metadata.version = 0;
    m_doc->applyRemote(broken);
    if (!m_doc->errors(m_budget).isEmpty())
        QVERIFY(find<QLabel>(u"inspectorGeneralErrors"_s)->isVisible());
}

QTEST_MAIN(TestSectionInspector)
#include "tst_sectioninspector.moc"
