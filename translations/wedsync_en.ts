<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AuditSentence</name>
        <message>
            <location filename="../models/AuditSentence.cpp" line="+36" />
            <source>The system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+80" />
            <source>%1: %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-72" />
            <source>%1 added the section %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 removed the section %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 changed who may see and edit %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled a conflict on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 moved %2 to position %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 renamed %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 changed when %2 is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 changed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 dismissed the conflict on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 settled the conflict on %2 with the offline change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled the conflict on %2 with the saved version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled the conflict on %2 by merging both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 settled the conflict on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>a supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 approved %2 for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 asked %3 to revise %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 rejected %2 for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 submitted %2 for %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 set %2 for %3 to %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 started compliance tracking for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 deactivated %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 made %2 a %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 moved %2 to the %3 tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 recalculated the compliance figures of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AboutDialog</name>
        <message>
            <location filename="../ui/help/AboutDialog.cpp" line="+17" />
            <source>About WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The administration console of WedSync: sync health, dashboard layouts, permissions, conflicts and the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1, version %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Console: version %1
Server: %2
Qt: %3 (built with %4)
System: %5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AgendaModel</name>
        <message>
            <location filename="../models/AgendaModel.cpp" line="+11" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Tasting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rehearsal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wedding day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>All day, %n day(s)</source>
            <translation>
                <numerusform>All day, %n day</numerusform>
                <numerusform>All day, %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>All day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2 in %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Attendees: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ApiError</name>
        <message>
            <location filename="../services/api/ApiError.cpp" line="+33" />
            <source>The console is not connected to a server yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Could not reach the server at %1 (%2). Is the server running at %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server at %1 did not answer within %n second(s). Try again; if it keeps happening, check that the server is running and reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The request was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server at %1 sent an answer the console does not understand (%2). Check that the address points to a WedSync server of a matching version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The e-mail address or the password is wrong. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in is paused after too many failed attempts. Try again in %n second(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in is paused after too many failed attempts. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This account has been disabled. Ask an administrator to enable it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account has no access to the admin console. Sign in with an administrator, coordinator or platform staff account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your session has ended. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The remembered sign-in is no longer valid. Sign in with your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>You are not allowed to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This item no longer exists, or you may not see it. Refresh the view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Someone else changed this in the meantime. Reload it to see their change, then apply yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The change was refused because it did not say which version it edits. Reload and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Some values are not valid. Check them and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Some values need attention: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server is busy. Try again in %n second(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server is busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server at %1 is unavailable right now. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server at %1 ran into a problem (HTTP %2). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server ran into a problem: %1 Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../services/api/ApiError.cpp" line="+22" />
            <source>the configured address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ApiReply</name>
        <message>
            <location filename="../services/api/ApiReply.cpp" line="+70" />
            <source>The request was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The console has no network access object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+109" />
            <source>The server did not answer in time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditDetailPane</name>
        <message>
            <location filename="../ui/audit/AuditDetailPane.cpp" line="+128" />
            <source>Fields changed by the selected audit event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open in Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show this conflict in the conflict center: both sides and how it was resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show raw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the record as the server stores it (JSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The selected audit event as the server stores it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt; of %2 “%3”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1&lt;br&gt;by %2 in %3&lt;br&gt;%4 (%5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Item id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Request id: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Select an audit event to see what changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditFeed</name>
        <message>
            <location filename="../services/feeds/AuditFeed.cpp" line="+274" />
            <source>Exporting the audit trail as %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The export failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Writing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Could not write %1: %2. Choose another folder or free some space.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Exported %n row to %1.</numerusform>
                <numerusform>Exported %n rows to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditFilterBar</name>
        <message>
            <location filename="../ui/audit/AuditFilterBar.cpp" line="+205" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Apply filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-67" />
            <source>Nobody called "%1" appears in this audit trail. Pick a person from the list, or clear the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>"Until" is before "From": choose a later end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filter by person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Anyone (type a name or e-mail)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filter by kind of item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any kind of item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Filter by item id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any item id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filter by action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Only events from a time on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only events before a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Until time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Apply the audit filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear the audit filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditModel</name>
        <message>
            <location filename="../models/AuditModel.cpp" line="+101" />
            <source>system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+109" />
            <source>platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-108" />
            <location line="+110" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Time (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Entity id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-149" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Permissions change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-19" />
            <source>Sign-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reused sign-in token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflict resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflict dismissed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditPage</name>
        <message>
            <location filename="../ui/audit/AuditPage.cpp" line="+207" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Export the filtered audit trail as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export the filtered audit trail as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Audit trail, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The wedding's timeline, newest first, by day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>The wedding's timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wedding timeline: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>Offline: showing the newest cached audit events. Filters and paging need the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Offline: showing the newest cached audit events. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Copy event id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy item id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Show only %1's events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show only this item's events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Open the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Nothing is recorded for this item yet: it has not been changed through WedSync since it was set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No audit events match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 audit events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export no events?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No audit event matches the filters, so the file would hold no rows. Clear or change the filters first, or export the empty file anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Export empty file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Export the audit trail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditTimelineModel</name>
        <message>
            <location filename="../models/AuditTimelineModel.cpp" line="+137" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Yesterday, %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuthPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+211" />
            <source>&amp;Sign-in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sho&amp;w the key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sign in to the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Sign-in add&amp;ress:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>T&amp;oken address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client s&amp;ecret:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>only if the CRM gave one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;cope:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>optional, e.g. clients.read offline_access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>%1 has no public API, so there is nothing to sign in to. This connection keeps the clients you import from its CSV export or vCard file: after Finish, choose Import a file on the Integrations screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 accepts new leads from WedSync with the API key of its inbox form. It has no API to read your existing clients: import its CSV export for those.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Enter the credentials %1 gave you. They are sent to the WedSync server, encrypted there, and never stored on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>At the CRM, register WedSync as a native (desktop) client with the redirect address %1 (any port) and PKCE; the sign-in itself is the next step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The API address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The token address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountDialog</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountDialogs.cpp" line="+34" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Asking the calendar server which calendars it offers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>The calendar server did not list its calendars (%1); the ones chosen are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The calendar server did not list its calendars: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountModel</name>
        <message>
            <location filename="../models/CalendarAccountModels.cpp" line="+30" />
            <source>Syncing now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountPage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="+65" />
            <source>The address is https://caldav.icloud.com/. Use your Apple ID and an app-specific password made at appleid.apple.com, not your Apple ID password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The address is https://caldav.fastmail.com/. Use your Fastmail address and an app password made in Settings → Privacy &amp; Security.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The address is your Nextcloud's followed by /remote.php/dav/, e.g. https://cloud.example.com/remote.php/dav/. Use an app password made in Settings → Security.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The address of your calendar server, e.g. https://caldav.example.com/; the calendars under it are found by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The calendar server refused the user name or password. Check them (an app password where the provider asks for one) and test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The calendar server could not be reached or read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The test failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>Sign in to the calendar server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The password is sent once to the WedSync server, which keeps it sealed; this console never stores it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>Account na&amp;me:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-131" />
            <source>Signed in, but %1 did not list the calendars: %2</source>
            <extracomment>%1 is whose calendars: "Google" or "Outlook".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+132" />
            <source>Server &amp;address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>App &amp;password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Sign in with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1's own sign-in page, in your browser: WedSync never sees your %1 password, and the access is kept sealed on the WedSync server.</source>
            <extracomment>%1 is whose sign-in page: "Google" or "Microsoft".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sign in with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>Preparing the sign-in with %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Signed in with %1. Reading your calendars…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Signed in, but %1 offers no calendars to this account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Signed in. Calendars %1 offers: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-71" />
            <source>Signing in to the calendar server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>Signed in, but the server offers no calendars to this user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed in. Calendars the server offers: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountsPanel</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountsPanel.cpp" line="+132" />
            <source>The calendar account is disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Sign in again (re&amp;link)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give the password the calendar server now accepts. The account keeps its calendars and what was synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>You have no calendar accounts yet. Connect a calendar to see its events as appointments and your appointments in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your own calendar accounts: no one else in the organization sees them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 is connected; its first sync has started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 is relinked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is linked. Choose its calendars with Edit, then sync it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Syncing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1: the sync ended without a log entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2 — %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Disconnect calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Also &amp;remove the events WedSync added to this calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Removing the events WedSync added to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>The calendar account is syncing right now, so it was not disconnected. Disconnect it when the sync has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Disconnect %1 leaving the events WedSync added in the calendar?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disconnect leaving the events?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Disconnect leaving the events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The calendar accounts could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sync log could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sync could not be started: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>The calendar account could not be disconnected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-161" />
            <source>Sign in with %1 again in the browser. The account keeps its calendars and what was synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+116" />
            <source>Disconnect %1? Its sync stops and WedSync forgets its %2 sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disconnect %1? Its sync stops and WedSync forgets its password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The appointments stay in WedSync; to sync it again, connect it again with the wizard. The events WedSync added stay in the calendar unless you choose to remove them; events changed in the calendar since the last sync stay there in any case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>The calendar account could not be changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Co&amp;nnect a calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-219" />
            <source>Re&amp;link…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+220" />
            <source>&amp;Disconnect…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ync log of the chosen account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calendar accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sync log</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarChoicePage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="+27" />
            <source>Choose what to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The first calendar chosen receives the appointments made in WedSync. The first sync starts when you finish.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarConnectWizard</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectWizard.cpp" line="+17" />
            <source>Connect a calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarProviderPage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="-424" />
            <source>iCloud (CalDAV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fastmail (CalDAV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nextcloud (CalDAV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Another CalDAV server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>Choose your calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Appointments and the calendar's events are kept in step with the calendar server you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Calendar provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Connected with CalDAV: the server's address, your user name and an app password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connected by signing in with Google in your browser: WedSync never sees your Google password. The WedSync server needs a Google client (--google-client), which its administrator sets up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Connected by signing in with Microsoft in your browser: WedSync never sees your Microsoft password. The WedSync server needs a Microsoft app registration (--microsoft-client), which its administrator sets up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarRelinkDialog</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountDialogs.cpp" line="+25" />
            <source>Relink %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter the password %1 now accepts for %2. The account keeps its calendars and what was synced; a sync runs at once to check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>New app &amp;password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Relink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>The account is saved with this password, but the sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the calendar server still refuses it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSignInDialog</name>
        <message>
            <location line="+45" />
            <source>Sign in to %1 again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Signed in, but the sync failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSyncForm</name>
        <message>
            <location filename="../ui/calendar/CalendarSyncForm.cpp" line="+38" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Ca&amp;lendars to sync:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When both sides &amp;changed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync e&amp;very:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSyncLogModel</name>
        <message>
            <location filename="../models/CalendarAccountModels.cpp" line="+28" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pulled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Pushed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Errors</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarText</name>
        <message>
            <location filename="../models/CalendarText.cpp" line="+13" />
            <source>CalDAV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Google Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Microsoft Outlook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Password refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sign-in expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not linked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 Sign in again: what was synced stays linked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The calendar server refused the password. Relink the account with the new password; what was synced stays linked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The last sync failed; its errors are in the sync log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The last sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account has not been synced yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sign in to %1 in your browser and allow WedSync to read and change your calendars' events, then come back here: WedSync notices by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Two-way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Calendar events become appointments; WedSync writes nothing to the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Appointments are written to the calendar; its own events stay out of WedSync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changes on either side are carried over to the other.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+71" />
            <source>%1 is disconnected: %n event(s) WedSync added were removed from the calendar.</source>
            <translation>
                <numerusform>%1 is disconnected: %n event WedSync added was removed from the calendar.</numerusform>
                <numerusform>%1 is disconnected: %n events WedSync added were removed from the calendar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n event(s) changed in the calendar since the last sync were left there.</source>
            <translation>
                <numerusform>%n event changed in the calendar since the last sync was left there.</numerusform>
                <numerusform>%n events changed in the calendar since the last sync were left there.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>The calendar server could not be reached, so the events WedSync added were not all removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The calendar server refused the account's sign-in, so the events WedSync added were not all removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The calendar server refused to remove the events WedSync added.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n event(s) had been removed before it stopped. The account is still connected: try again later, or disconnect it leaving the events.</source>
            <translation>
                <numerusform>%n event had been removed before it stopped. The account is still connected: try again later, or disconnect it leaving the events.</numerusform>
                <numerusform>%n events had been removed before it stopped. The account is still connected: try again later, or disconnect it leaving the events.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-86" />
            <source>WedSync wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <source>%1 no longer accepts this account's sign-in. Sign in again: what was synced stays linked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This account is not linked to %1 yet: sign in again to link it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>The calendar wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ask me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>When an event changed on both sides, the appointment in WedSync is kept and written over the calendar's event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>When an event changed on both sides, the calendar's event is kept and written over the appointment in WedSync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>When an event changed on both sides, nothing is overwritten: the conflict waits in the conflict center until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pulled %1, pushed %2, conflicts %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1. Error: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1. Errors: %2 (and %3 more in the sync log)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CalendarsPage</name>
        <message>
            <location filename="../ui/calendar/CalendarsPage.cpp" line="+81" />
            <source>Calendars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+96" />
            <source>The agenda could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose an organization in the switcher above to see its agenda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the agenda as last seen. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the agenda as last seen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No appointments from last week on. The wedding days of the organization's weddings and the appointments planners add appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No appointments for this wedding from last week on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Agenda of the organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agenda of the wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calendar acco&amp;unts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CellConflictDialog</name>
        <message>
            <location filename="../ui/permissions/CellConflictDialog.cpp" line="+26" />
            <source>allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Permissions of %1 changed meanwhile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Someone else saved the permissions of %1 after you started editing. Choose, for each cell you both changed, which value to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Keep for %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Apply choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep all &amp;mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take all &amp;theirs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ClientFields</name>
        <message>
            <location filename="../core/ClientFields.cpp" line="+33" />
            <source>First name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partner's first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partner's last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Partner's e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address line 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Region or state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wedding date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Guest count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lead source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>As it is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trim spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>lower case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>UPPER CASE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Title Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone number (international)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Split a full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Join first and last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+105" />
            <source>%1 is not a phone number; write it with digits, spaces and dashes only, e.g. +44 7700 900123.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>%1 has no country code; start it with + or set a default country calling code for this column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a full North American number; it needs ten digits with the area code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 does not start with a country code (no country code begins with 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 is too short to be a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is too long to be a phone number (15 digits at most with the country code).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Choose the client field to fill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a custom field name; after “custom.” use 1 to 40 lower-case letters, digits or _, e.g. custom.shoe_size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a client field; use a standard field such as email or wedding_date, or custom.&lt;name&gt;.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Custom: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+151" />
            <source>%1 is not a date in the form yyyy-MM-dd; set the date format of this column, e.g. dd/MM/yyyy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a date in the form %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The argument is longer than 100 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a date format with a day, a month and a year, such as dd/MM/yyyy or MM/dd/yyyy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 is not a country calling code; use 1 to 3 digits such as 44 or 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Splitting a name fills name fields; choose first name, last name, full name or a partner's name as the target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Joining names needs a second column: name the column with the last name as the argument.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ClientRecord</name>
        <message>
            <location filename="../core/ClientRecord.cpp" line="+147" />
            <source>The client has neither an e-mail address nor a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 is longer than %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a date in the form yyyy-MM-dd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a whole number of guests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an amount such as 12500.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Must be a string.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The client's fields could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CommandLine</name>
        <message>
            <location filename="../app/CommandLine.cpp" line="+21" />
            <source>Sign in to the server at URL instead of the built-in one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Use the settings and caches of profile NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Render every screen to PNG files in DIR and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Speak LANG (en or es).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>WedSync Admin: the administration console of WedSync. Without --server it starts the built-in server (wedsync-server) on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Unexpected argument: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>--server needs an http:// or https:// URL, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>--language must be en or es, not "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ComplianceText</name>
        <message>
            <location filename="../models/ComplianceText.cpp" line="+15" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Revision required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Legacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Basic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Premier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Inactive: no tier advancement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Highest tier reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Eligible for %1: an admin can switch the tier.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n more approval(s)</source>
            <translation>
                <numerusform>%n more approval</numerusform>
                <numerusform>%n more approvals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs %1 and %2 for %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Needs %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Needs %n more point(s) for %1.</source>
            <translation>
                <numerusform>Needs %n more point for %1.</numerusform>
                <numerusform>Needs %n more points for %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 → %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1: “%2”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 of %2 approved · %3 of %4 points</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConditionsEditor</name>
        <message>
            <location filename="../ui/layout/ConditionsEditor.cpp" line="+44" />
            <source>Only people with access to the wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only within a time window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No minimum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Custom field name, e.g. venue_type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>equals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>contains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Window start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Window end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Minimum role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigDocumentModel</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="+208" />
            <source>The field “%1” cannot be written there: another field holds a value on its way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+128" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigEditPanel</name>
        <message>
            <location filename="../ui/config/ConfigEditPanel.cpp" line="+110" />
            <source>Saved as version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Proposed: “%1”. Another admin approves or rejects it on the Change requests tab; until then the settings stay as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Someone else changed these settings meanwhile (now version %1). Your edits were not saved; reload to see their change, then edit again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed these settings meanwhile. Your edits were not saved; reload to see their change, then edit again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>These settings changed elsewhere (now version %1) while you edit; saving will be refused. Reload to start from the new version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>The settings were not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The change was not proposed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The fields in question say why, in the Problem column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Choose a level and a setting type above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This level sets nothing of its own yet: every value comes from above. Add a field to set one here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What this level sets itself (version %1). Double-click a field or value to change it; a value is text, a number, true/false or JSON.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Own settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ummary of the change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What changed and why (shown in the history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Propose for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reloa&amp;d</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigFieldModel</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="-273" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <source>What the platform sets itself (bold: the value in effect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The platform sets nothing here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the organization sets itself (bold: the value in effect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The organization sets nothing here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What the member sets themselves (bold: the value in effect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The member sets nothing here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Why this value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>%1 (held back)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigHistoryModel</name>
        <message>
            <location line="+18" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>WedSync (automatic)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(a removed account)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigHistoryPanel</name>
        <message>
            <location filename="../ui/config/ConfigHistoryPanel.cpp" line="+88" />
            <source>&amp;Differences from version %1 to version %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing changed between these versions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rolled back: the settings are now version %1. Roll forward by rolling back to the version before it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The rollback failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The versions could not be compared: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+75" />
            <source>Version %1 is the current one already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Roll back the settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make these settings equal to version %1 again? This is saved as a new version %2; rolling back to version %3 later undoes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Roll back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Every version of this level's own settings, newest first. Select one to compare it with the one before, or two to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Load &amp;more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Com&amp;pare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll back to this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Differences:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigModels</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="-139" />
            <source>“%1” was set to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“%1” was removed (it was “%2”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>“%1” changed from “%2” to “%3”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigPermissionTemplate</name>
        <message>
            <location filename="../core/ConfigPermissionTemplate.cpp" line="+14" />
            <source>There is no permission template “%1”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigProvenance</name>
        <message>
            <location filename="../core/ConfigResolverJson.cpp" line="+63" />
            <source>This value is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The explanation of a setting could not be read; see details.fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/ConfigProvenance.cpp" line="+27" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>“%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Set by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Inherited from %1; nothing closer sets this field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Set by %1; no sync rule decides this setting here, so the closest value applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: under rule “%2” (%3) its value wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: rule “%2” lets %3 win, but %3 does not set this field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: under rule “%2” (%3) the closest layer's value applies here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Set by %1: rule “%2” merges, and the layer above has not changed this field since, so the customization stays.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: rule “%2” merges, and nothing closer customized this field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Set by %1: rule “%2” merges, and %1 changed this field after it was customized, so the change from above wins.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Kept from the last sync with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The organization opted out of rule “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The organization opted out of updates to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rule “%1” waits for an administrator to approve changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>It overrides a secret set by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>It overrides the value %1 set by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The layer above now has another secret; it is not applied here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The layer above now has %1; it is not applied here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigRequestsPanel</name>
        <message>
            <location filename="../ui/config/ConfigRequestsPanel.cpp" line="+85" />
            <source>Rejected: “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved and applied: “%1” is now version %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The opt-outs were saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not decided: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The opt-outs were not changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>another admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>approved by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>rejected by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>a removed account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 — %2, proposed by %3 (%4, %5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Choose a change request to see what it changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Rejected: it changed nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Applied as version %1; the Versions tab compares it with the one before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose “%1” as the setting type to see what it changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>It was proposed on version %1 and the settings are now version %2, so approving it will be refused: reject it and propose the change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Approving it changes version %1 like this:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Nothing: it proposes the settings as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Decline every platform change to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Decline the rule “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Decline “%1”? Changes the platform makes there no longer reach this organization until you accept them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Accept “%1” again? The platform's current values take effect here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the opt-outs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Accept again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>A member's own settings have no change requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;requests of this level, newest first. Another admin approves or rejects each; its author cannot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;ject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opt-outs of this organization</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSyncRule</name>
        <message>
            <location filename="../core/ConfigSyncRule.cpp" line="-82" />
            <source>Sign-in and SSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Permission templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location filename="../core/ConfigSyncRule.cpp" line="+175" />
            <source>Listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <location filename="../core/ConfigSyncRuleJson.cpp" line="+37" />
            <source>Must be one of: rbac, modules, auth, notifications, mfa, business_type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The opt-outs have problems; see details.fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/ConfigSyncRule.cpp" line="-89" />
            <source>Platform wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organization wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>Must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Must not contain control characters or line breaks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Name at least one event that triggers the rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Must read %1.&lt;object&gt;.&lt;action&gt; in a-z, 0-9 and _, such as %1.config.update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the organization, its users or both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A rule flows down from the platform; it cannot target it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Only down is supported: configuration flows from the platform to organizations and their users.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Another rule has this id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Another rule already decides %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/ConfigSyncRuleJson.cpp" line="-16" />
            <source>The sync rule has problems; see details.fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Must be tenant or user.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Must be one of: platform_wins, tenant_wins, user_wins, merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>At most %1 sync rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Each rule must be an object.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigurationPage</name>
        <message>
            <location filename="../ui/config/ConfigurationPage.cpp" line="+139" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The settings changed elsewhere; showing the new values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+143" />
            <source>“%1” keeps “%2”; the platform now says “%3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Where this organization deviates from the platform (declined or waiting for approval):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <location line="+27" />
            <source>The settings could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Read-only: a member's own settings are theirs to change; here you see what they get and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Choose an organization in the switcher above to see its settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This organization has no members to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Membe&amp;r:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Setting &amp;type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;ffective values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ow&amp;n settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change re&amp;quests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing of this type is set at any level yet: the platform, this organization and its members all use WedSync's defaults. Set a value on the Own settings tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>What each level sets itself, side by side, and the value in effect here (version %1 of this level's own settings): who set it and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>What each level sets itself, side by side, and the value in effect here: who set it and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Effective values</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigureDialog</name>
        <message>
            <location filename="../ui/integrations/ConfigureDialog.cpp" line="+33" />
            <source>Configure %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Someone changed this connection meanwhile. Close this window and open it again to start from their change.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictDetailPane</name>
        <message>
            <location filename="../ui/conflicts/ConflictDetailPane.cpp" line="+238" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>“%1” is not a value this field can take. Type it as JSON, for example ["admin", "coordinator"] for a list, 6 for a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Choose a conflict in the list above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Applying… waiting for the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to choose: the changes merge by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1 of %n field(s) chosen</source>
            <translation>
                <numerusform>%1 of %n field chosen</numerusform>
                <numerusform>%1 of %n fields chosen</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Apply the merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Apply the merged result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply (choose every field first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Or type a value of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value of your own for the selected field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>U&amp;ndo choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Redo choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close the conflict without changing anything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fields of the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No conflict selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>an unknown time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The version both started from is unknown, so every difference is shown as a conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This edit was made in this console and never reached the server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictListModel</name>
        <message>
            <location filename="../models/ConflictListModel.cpp" line="+69" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Offline edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Concurrent save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CRM sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calendar sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This console's outbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>none (merges by itself)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>%1 (this console)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Fields in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictMergeModel</name>
        <message>
            <location filename="../models/ConflictMergeModel.cpp" line="+146" />
            <source>Clear the choice for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Set %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>The merged section is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>(absent)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Both changed it alike: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Both changed it differently: choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>(unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Before both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictResolutions</name>
        <message>
            <location filename="../services/conflicts/ConflictResolutions.cpp" line="+76" />
            <source>Kept the refused change to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kept the server's %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saved the merged %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Dismissed the conflict on %1; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Someone else closed this conflict first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictSides</name>
        <message>
            <location filename="../models/ConflictSides.cpp" line="+29" />
            <source>Refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>In WedSync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>On the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>In the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>In the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep re&amp;fused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep WedS&amp;ync's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Use the value of the change the server refused for this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use WedSync's value for this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep ser&amp;ver's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep the CR&amp;M's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep the ca&amp;lendar's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Use the value the server has now for this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use the CRM's value for this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use the calendar's value for this field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>All refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>All WedSync's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the refused change's value for every field in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Choose WedSync's value for every field in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>All server's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>All the CRM's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>All the calendar's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the server's value for every field in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the CRM's value for every field in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose the calendar's value for every field in conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep the &amp;refused change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Keep &amp;WedSync's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep the &amp;server's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep the &amp;CRM's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep the &amp;calendar's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep the refused %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep WedSync's %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keep the server's %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep the CRM's %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep the calendar's %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Keep every refused value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Keep every value in WedSync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep every value on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keep every value in the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep every value in the calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only the refused change touched it: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only WedSync changed it: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Only the server's change touched it: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the CRM changed it: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Only the calendar changed it: merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Refused change by %1 at %2. Server's change by %3 at %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changed in WedSync by %1 at %2, and in the CRM at %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Changed in WedSync by %1 at %2, and in the calendar at %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictsPage</name>
        <message>
            <location filename="../ui/conflicts/ConflictsPage.cpp" line="+120" />
            <source>Copy conflict id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy item id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Open the item in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Open the conflict in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Dismiss the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close the conflict on %1 without changing it? The server keeps its version and the refused change is dropped; the audit trail records the dismissal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>It changed again on the server since you looked (now version %1): the fields are compared with that version; choose again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Changed again on the server: nothing was applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Resolving %1 of %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Search entity, field or id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Every source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Source of the conflicts shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bulk resolution in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>Offline: showing the conflicts as last seen. Resolving needs the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Nothing to resolve here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Nothing left to resolve here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Offline: showing the conflicts as last seen. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Dismissed by %1 at %2; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2: the refused change was applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2: the server's version was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2 with a merged result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>%1 of %2 open conflicts listed</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n open conflict</numerusform>
                <numerusform>%n open conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Keep refused for %n selected…</source>
            <translation>
                <numerusform>Keep refused for %n selected…</numerusform>
                <numerusform>Keep refused for %n selected…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep server's for %n selected…</source>
            <translation>
                <numerusform>Keep server's for %n selected…</numerusform>
                <numerusform>Keep server's for %n selected…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Apply the refused change to %n conflict(s): %1? Where both sides changed a field, the refused value replaces the server's. Each is audited.</source>
            <translation>
                <numerusform>Apply the refused change to %n conflict: %1? Where both sides changed a field, the refused value replaces the server's. It is audited.</numerusform>
                <numerusform>Apply the refused change to %n conflicts: %1? Where both sides changed a field, the refused value replaces the server's. Each is audited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Keep the server's version for %n conflict(s): %1? The refused changes are dropped. Each is audited.</source>
            <translation>
                <numerusform>Keep the server's version for %n conflict: %1? The refused change is dropped. It is audited.</numerusform>
                <numerusform>Keep the server's version for %n conflicts: %1? The refused changes are dropped. Each is audited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Resolve %n conflict(s)</source>
            <translation>
                <numerusform>Resolve %n conflict</numerusform>
                <numerusform>Resolve %n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep refused for %n</source>
            <translation>
                <numerusform>Keep refused for %n</numerusform>
                <numerusform>Keep refused for %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep server's for %n</source>
            <translation>
                <numerusform>Keep server's for %n</numerusform>
                <numerusform>Keep server's for %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>✔ Resolved %n conflict(s).</source>
            <translation>
                <numerusform>✔ Resolved %n conflict.</numerusform>
                <numerusform>✔ Resolved %n conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>✖ Resolved %1; %n could not be resolved.</source>
            <translation>
                <numerusform>✖ Resolved %1; %n could not be resolved.</numerusform>
                <numerusform>✖ Resolved %1; %n could not be resolved.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Some conflicts were not resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolved %1. These were left open, nothing of them was applied:

%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionStatsModel</name>
        <message>
            <location filename="../models/ConnectionStatsModel.cpp" line="+89" />
            <source>Platform admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All connections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionStatusBar</name>
        <message>
            <location filename="../ui/shell/ConnectionStatusBar.cpp" line="+137" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resyncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Offline — showing cached data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Starting the built-in server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restarting the built-in server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Built-in server stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>No other operators online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Also online: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n other operator(s) online</source>
            <translation>
                <numerusform>%n other operator online</numerusform>
                <numerusform>%n other operators online</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not updated yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Updated just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cached data from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Updated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Connection: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Restart the built-in server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Operators online: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n edit(s) waiting to be sent</source>
            <translation>
                <numerusform>%n edit waiting to be sent</numerusform>
                <numerusform>%n edits waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Last update: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Edits…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the edits sent and waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edits: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionWizard</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizard.cpp" line="+17" />
            <source>Connect a CRM</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionsChart</name>
        <message>
            <location filename="../ui/dashboard/ConnectionsChart.cpp" line="+62" />
            <source>Show connections by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Live connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Connections by role are counted across all tenants; choose all organizations to see them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>last %n second(s)</source>
            <translation>
                <numerusform>last %n second</numerusform>
                <numerusform>last %n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>last %n minute(s)</source>
            <translation>
                <numerusform>last %n minute</numerusform>
                <numerusform>last %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n connected now</source>
            <translation>
                <numerusform>%n connected now</numerusform>
                <numerusform>%n connected now</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connections, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConsoleAccess</name>
        <message>
            <location filename="../services/session/ConsoleAccess.cpp" line="+14" />
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Couple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+117" />
            <source>Platform admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConsoleApp</name>
        <message>
            <location filename="../app/ConsoleApp.cpp" line="+246" />
            <source>Sign-in not remembered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+94" />
            <source>Discard unsaved changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 has changes that are not saved. If you go on, they are lost; cancel to go back and save them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>You are signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>The local cache cannot be opened: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CopyRoleDialog</name>
        <message>
            <location filename="../ui/permissions/CopyRoleDialog.cpp" line="+20" />
            <source>Copy a role's permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Copy &amp;from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Onto:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Choose two different roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On every section of this dashboard, %2 gets exactly the view, edit and hide permissions %1 has now; what %2 had is replaced. Nothing is sent until you save, and Ctrl+Z undoes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Copy onto %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::CrmText</name>
        <message>
            <location filename="../models/CrmText.cpp" line="+30" />
            <source>Another CRM (custom)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Sign in to %1 in your browser and allow WedSync to read your clients, then come back here: WedSync notices by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User name and password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with the provider (OAuth 2.0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File import (no sign-in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Not tested yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <source>Disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Access expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Healthy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Syncing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Needs attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Full import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync of changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+342" />
            <source>Export to the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-340" />
            <source>Field mapping update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>File import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Waiting to start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Running: %1 of %2 clients</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Running: %n client(s) so far</source>
            <translation>
                <numerusform>Running: %n client so far</numerusform>
                <numerusform>Running: %n clients so far</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Completed with skipped rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 created, %2 updated, %3 skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Scheduled sync (every %n minute(s)) queued.</source>
            <translation>
                <numerusform>Scheduled sync (every %n minute) queued.</numerusform>
                <numerusform>Scheduled sync (every %n minutes) queued.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retry %1 of job %2, resuming from its checkpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retry %1 of job %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Started the %1 to %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Started the %1 from %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Resumed the %1 from %2 (attempt %3): %n contact(s) already imported.</source>
            <translation>
                <numerusform>Resumed the %1 from %2 (attempt %3): %n contact already imported.</numerusform>
                <numerusform>Resumed the %1 from %2 (attempt %3): %n contacts already imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Read %n job(s) from %1 (%2).</source>
            <translation>
                <numerusform>Read %n job from %1 (%2).</numerusform>
                <numerusform>Read %n jobs from %1 (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Finished: %n processed — %1.</source>
            <translation>
                <numerusform>Finished: %n processed — %1.</numerusform>
                <numerusform>Finished: %n processed — %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+85" />
            <location line="+16" />
            <location line="+75" />
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-175" />
            <location line="+85" />
            <location line="+91" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-175" />
            <location line="+91" />
            <location line="+85" />
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message>
            <location line="-173" />
            <source>Cancel requested; stopping after the current page.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Cancelled after %n contact(s); nothing after that was imported.</source>
            <translation>
                <numerusform>Cancelled after %n contact; nothing after that was imported.</numerusform>
                <numerusform>Cancelled after %n contacts; nothing after that was imported.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Importing %1 (%2, %n row(s)).</source>
            <translation>
                <numerusform>Importing %1 (%2, %n row).</numerusform>
                <numerusform>Importing %1 (%2, %n rows).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Row %1 skipped: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>A record without an id was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact %1 skipped: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 was not sent: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>full import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>incremental sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>re-import with the new field mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+12" />
            <location line="+75" />
            <source>page %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-85" />
            <source>the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>the page at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Page %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>page</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n kept WedSync's changes</source>
            <translation>
                <numerusform>%n kept WedSync's changes</numerusform>
                <numerusform>%n kept WedSync's changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n waiting for review</source>
            <translation>
                <numerusform>%n waiting for review</numerusform>
                <numerusform>%n waiting for review</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1: %n contact(s) — %2.</source>
            <translation>
                <numerusform>%1: %n contact — %2.</numerusform>
                <numerusform>%1: %n contacts — %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n replaced</source>
            <translation>
                <numerusform>%n replaced</numerusform>
                <numerusform>%n replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n not taken</source>
            <translation>
                <numerusform>%n not taken</numerusform>
                <numerusform>%n not taken</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 — already there</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Sent %n client(s) to %1 — %2.</source>
            <translation>
                <numerusform>Sent %n client to %1 — %2.</numerusform>
                <numerusform>Sent %n clients to %1 — %2.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>429 Too Many Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 (rate limit exceeded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a network error (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>contact %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>a new contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>client %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the token request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Retry-After asked %1 s, capped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as its Retry-After asks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>backing off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 answered %2 to %3; waiting %4 s (%5), attempt %6 of %7.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%1 Stopped before %2 with %n contact(s) imported; a retry resumes there.</source>
            <translation>
                <numerusform>%1 Stopped before %2 with %n contact imported; a retry resumes there.</numerusform>
                <numerusform>%1 Stopped before %2 with %n contacts imported; a retry resumes there.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not store %1: %2 Stopped there; a retry resumes there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Could not record what was sent to %1: %2 A retry sends those clients again (a replace is safe to repeat).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Could not send %1 to %2: %3 %n client(s) sent before it; a retry sends the rest.</source>
            <translation>
                <numerusform>Could not send %1 to %2: %3 %n client sent before it; a retry sends the rest.</numerusform>
                <numerusform>Could not send %1 to %2: %3 %n clients sent before it; a retry sends the rest.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Failed after %n row(s): %1.</source>
            <translation>
                <numerusform>Failed after %n row: %1.</numerusform>
                <numerusform>Failed after %n rows: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1's change is newer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>WedSync's change is newer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed in WedSync and in %2 since the last sync: %2's version was taken (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 changed in WedSync and in %2 since the last sync: WedSync's version was kept (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>It will be sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This connection only imports, so %1 keeps its own version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed in WedSync and in %2 since the last sync: filed for review in the conflict center; the client stays as it is until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 changed in WedSync and in %2 since the last sync: already waiting for review in the conflict center.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Manual only</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Every %n hour(s)</source>
            <translation>
                <numerusform>Every hour</numerusform>
                <numerusform>Every %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Every %n minute(s)</source>
            <translation>
                <numerusform>Every minute</numerusform>
                <numerusform>Every %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import from the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Both ways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>WedSync wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The CRM wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The newest change wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ask me (conflict center)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>When a client changed on both sides, WedSync's version is kept and written back to the CRM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>When a client changed on both sides, the CRM's version replaces WedSync's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When a client changed on both sides, the side changed last is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>When a client changed on both sides, both versions wait in the conflict center until someone chooses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Unlimited CRM connections on the %1 tier</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 of %n CRM connection(s) used on the %2 tier</source>
            <translation>
                <numerusform>%1 of %n CRM connection used on the %2 tier</numerusform>
                <numerusform>%1 of %n CRM connections used on the %2 tier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Upgrade to %1 for %n connection(s).</source>
            <translation>
                <numerusform>Upgrade to %1 for %n connection.</numerusform>
                <numerusform>Upgrade to %1 for %n connections.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upgrade to %1 for unlimited connections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The %1 tier includes no CRM connections.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The %1 tier includes %n CRM connection(s), all in use.</source>
            <translation>
                <numerusform>The %1 tier includes %n CRM connection, all in use.</numerusform>
                <numerusform>The %1 tier includes %n CRM connections, all in use.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::CsvReader</name>
        <message>
            <location filename="../core/CsvReader.cpp" line="+28" />
            <source>This does not look like a text file (it holds binary data); choose a CSV file exported from your CRM or spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This file is UTF-16 (“Unicode text”); save it as “CSV UTF-8” and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This is an Excel workbook or another ZIP archive, not a CSV file; in your spreadsheet choose Save As › “CSV UTF-8” and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This is an old Excel (.xls) workbook, not a CSV file; in your spreadsheet choose Save As › “CSV UTF-8” and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This is a PDF document, not a CSV file; export your clients from the CRM as CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is a vCard file, not a CSV file; choose vCard as the file's format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>The file ends inside a quoted value that starts in row %1 (line %2), so everything after it was read as that one value; look for a " that is never closed in row %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The file has no rows; export your clients again, with a header row naming the columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Row %1, column %2 holds more than %3 KiB of text; shorten it, or look for a " that is never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Row %1 holds more than %2 KiB of text; is this a CSV file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>This does not look like a text file: row %1 (line %2) holds a NUL byte, which text never has; choose a CSV file exported from your CRM or spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>Row %1 has more than %2 columns; is this a CSV file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>Row %1 is not UTF-8 like the rest of the file; it was read as Windows-1252. Check its accented letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <location line="+32" />
            <location line="+6" />
            <source>Column %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>Row %1 has %2 values but the header names %3 columns; a value with a %4 in it may be missing its quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If letters such as é or ü look wrong, save the file as “CSV UTF-8” and import it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::DocumentSync</name>
        <message>
            <location filename="../ui/layout/DocumentSync.cpp" line="+124" />
            <source>Offline: this is the dashboard as this computer last saw it. Changes you save wait on this computer until the server is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server cannot be reached and this computer has no copy of this dashboard yet. It appears when the connection is back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::EvaluatePane</name>
        <message>
            <location filename="../ui/permissions/EvaluatePane.cpp" line="+34" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+306" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-304" />
            <location line="+304" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-302" />
            <location line="+302" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-300" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+166" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+57" />
            <source>Anyone who is %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>No wedding (organization-wide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>At the venue: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>organization-wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1, phase: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 sees %n of %2 section(s) (%3).</source>
            <translation>
                <numerusform>%1 sees %n section of %2 (%3).</numerusform>
                <numerusform>%1 sees %n sections of %2 (%3).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>W&amp;ho:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wedd&amp;ing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Whe&amp;n:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wedding day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Midday of the wedding's date at the venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::EventHistoryPanel</name>
        <message>
            <location filename="../ui/dashboard/EventHistoryPanel.cpp" line="+186" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export JSON…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>Filter events by tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+45" />
            <source>All tenants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>Filter events by kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-62" />
            <source>Filter events by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Export the events shown as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export the events shown as JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Sync event history, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Details of the selected event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Select an event to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show raw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add the event's stored details (JSON) to the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Copy event id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy tenant id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Show only %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Open the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>No events match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Raw details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-54" />
            <location line="+6" />
            <source>%1 of %2 events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>%1 — %2
Tenant: %3
Status: %4
Configuration version: %5
Source: %6
Actor: %7
When: %8
Duration: %9
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-18" />
            <source>system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Export no events?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No event is shown, so the file would hold no rows. Clear or change the filters first, or export the empty file anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export empty file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export sync events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>Exported %n event to %1.</numerusform>
                <numerusform>Exported %n events to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::FieldConflictDialog</name>
        <message>
            <location filename="../ui/layout/FieldConflictDialog.cpp" line="+30" />
            <source>%1 was changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Someone saved %1 while you were editing it. For each field you both changed, choose which value to keep; the other fields keep both sets of changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Keep your %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take their %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Apply choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Decide later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::FieldMapping</name>
        <message>
            <location filename="../core/FieldMapping.cpp" line="+47" />
            <source>Choose the column to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The column name is longer than 500 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>%1 is already filled from the column %2; map each field from one column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+106" />
            <source>the value is longer than %1 characters; it was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a whole number of guests; it was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not an amount; it was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a date in the form yyyy-MM-dd; choose the Date transform with this column's date format. It was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 (column %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Nested deeper than %1 levels at %2; the rest was not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <location line="+75" />
            <source>A mapping has at most %1 entries; this one has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-68" />
            <source>Each mapping entry must be an object with a source and a target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be a string.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Unknown transform %1; use one of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The field mapping cannot be used; see the problem of each entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <location line="+5" />
            <source>The column %1 is not in this file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::FieldMappingEditor</name>
        <message>
            <location filename="../ui/integrations/FieldMappingEditor.cpp" line="+29" />
            <source>&amp;Add a field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove the field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;uggest from the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>WedSync field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>First row gives</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::FileImportDialog</name>
        <message>
            <location filename="../ui/integrations/FileImportDialog.cpp" line="+30" />
            <source>C&amp;hoose a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Chec&amp;k the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Import clients into %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>&amp;First rows of the file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Map its columns to WedSync's fields:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Choose a CSV export or a vCard file (.csv, .vcf) of your clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose a client file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Client files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>vCard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Ready to import %1 rows: %2 new clients, %3 updated (same e-mail), %4 skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 created, %2 updated, %3 skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Stopped by you after %n row(s); the job's log says where.</source>
            <translation>
                <numerusform>Stopped by you after %n row; the job's log says where.</numerusform>
                <numerusform>Stopped by you after %n rows; the job's log says where.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n row(s) hold values that look like spreadsheet formulas; they were kept as plain text.</source>
            <translation>
                <numerusform>%n row hold values that look like spreadsheet formulas; they were kept as plain text.</numerusform>
                <numerusform>%n rows hold values that look like spreadsheet formulas; they were kept as plain text.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::FileImportRun</name>
        <message>
            <location filename="../services/integrations/FileImportRun.cpp" line="+51" />
            <location line="+38" />
            <source>“%1” cannot be opened: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>“%1” has no rows to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>The import did not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>Stopped at row %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>Cancelled by the user after %n row(s) of %1.</source>
            <translation>
                <numerusform>Cancelled by the user after %n row of %1.</numerusform>
                <numerusform>Cancelled by the user after %n rows of %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::HealthSummaryWidget</name>
        <message>
            <location filename="../ui/dashboard/HealthSummaryWidget.cpp" line="+92" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Overall sync health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No sync health yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1% healthy</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n tenant(s)</source>
            <translation>
                <numerusform>%n tenant</numerusform>
                <numerusform>%n tenants</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 tenants: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%1 of %n tenant(s) are healthy (Success), %2 partial, %3 failed and %4 pending. Health counts each Success tenant fully and each Partial tenant as half; Failed and Pending count as nothing. A tenant is Success when its last configuration change reached every connected client and it has no open conflict.</source>
            <translation>
                <numerusform>%1 of %n tenant is healthy (Success), %2 partial, %3 failed and %4 pending. Health counts each Success tenant fully and each Partial tenant as half; Failed and Pending count as nothing. A tenant is Success when its last configuration change reached every connected client and it has no open conflict.</numerusform>
                <numerusform>%1 of %n tenants are healthy (Success), %2 partial, %3 failed and %4 pending. Health counts each Success tenant fully and each Partial tenant as half; Failed and Pending count as nothing. A tenant is Success when its last configuration change reached every connected client and it has no open conflict.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::HelpMenu</name>
        <message>
            <location filename="../ui/help/HelpMenu.cpp" line="+80" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationDetailPane</name>
        <message>
            <location filename="../ui/integrations/IntegrationDetailPane.cpp" line="+224" />
            <source>Choose a connection to see its jobs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>last sync %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The CRM no longer accepts the saved access. Relink to sign in again: the field mapping and the imported clients stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The CRM no longer accepts the saved access. Disconnect and connect it again with a new key; imported clients stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 · %2 · when both sides changed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Schedule paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+103" />
            <source>Jo&amp;bs: none yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <location line="+103" />
            <source>Jo&amp;bs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>Test the connection first: only a connected CRM can be synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Resume schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Pause schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Why it failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disconnect…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Relin&amp;k…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;figure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, the schedule, the direction or who wins when a client changed on both sides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with the CRM again in the browser. The field mapping and the imported clients stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Send changes to the CR&amp;M</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write the clients changed in WedSync since the last sync to the CRM now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Retr&amp;y job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load older jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobs of &amp;all connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>List the jobs of all this organization's connections, newest first, instead of the chosen connection's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Log of the job chosen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationTableModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="+74" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationsPage</name>
        <message>
            <location filename="../ui/integrations/IntegrationsPage.cpp" line="+104" />
            <source>Copy connection id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the connection in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Testing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1: the connection works. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: the connection failed. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 started for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Scheduled syncs of %1 are paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scheduled syncs of %1 resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is disconnected and its credentials are deleted. The clients it imported stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The job is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The job stops after the page it is reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Retrying: attempt %1 continues where the last one stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Integrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>Choose an organization in the switcher above to see its CRM connections.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Offline: showing the connections as last seen. Testing and syncing need the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the connections as last seen. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No CRM is connected yet. Connect one to import your clients and keep them in sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No CRM is connected yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The list of CRMs is still loading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Choose the connection the clients belong to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is synced through its API. To import a file, connect the CRM it comes from, or Another CRM (custom).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+71" />
            <source>The connection was not tested: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The sync did not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The schedule was not changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The connection was not disconnected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The job was not cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The connection was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The job was not retried: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Disconnect %1?

Its saved credentials are deleted and its scheduled syncs stop. The clients it imported from %2 stay in WedSync. To use it again, connect it again with the wizard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 is connected; its first import has started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>%1 is relinked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Co&amp;nnect a CRM…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CRM connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Webhoo&amp;ks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::IntegrityChecker</name>
        <message>
            <location filename="../core/IntegrityChecker.cpp" line="+137" />
            <source>%1 is at position %2 together with %3 on the same dashboard; give each section its own position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>%1 names roles that do not exist: %2. Valid roles are %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>%1 belongs to wedding %2, which does not exist; delete the section or move it to an existing wedding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>they see it only through an extra view permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>they see it only through the role hierarchy (as %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>only those with full access to a wedding see it, and they can then edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The %1 role can edit %2 although %2 is not shown to %1 directly: %3. Show %2 to %1 on purpose or remove the edit permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The %1 role may edit %2 but cannot see it; let %1 view it or remove the edit permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The %1 role may hide %2 but cannot see it; let %1 view it or remove the hide permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Nobody ever sees %1: its list of wedding phases is empty. Add the phases it belongs to, or remove the list to show it in every phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nobody ever sees %1: its wedding phases (%2) name no real phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>No role can see %1: it is shown to no role and no role has a view permission, so only people with full access to a wedding see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Nobody sees %1 in these wedding phases: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>column %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>columns %1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>%1 is %2 columns wide but a row has only 12; it spills past column 12 on row %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 is %2 columns wide; a section needs 1 to 12 columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 and %2 overlap at row %3, %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>%1 holds permissions on sections but has no role in the organization; give them a role or remove the permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 (%2) holds permissions on sections the %2 role should not access: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2) is missing sections every %2 needs: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The %1 role can see %2, a section the %1 role should not access; stop showing it to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>The %1 role cannot see %2, which every %1 needs; let %1 view it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The %1 role sees no %2 section, which every %1 needs; add one to this dashboard or show it to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::IntegrityJson</name>
        <message>
            <location filename="../core/IntegrityJson.cpp" line="+23" />
            <source>Must be error, warning or info.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Must be section, user or role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be admin, coordinator, photographer, couple, vendor or guest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The integrity report could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+103" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Must be true exactly when no finding is an error.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::JobLogModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="+104" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::JsonDiff</name>
        <message>
            <location filename="../models/JsonDiff.cpp" line="+140" />
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::JsonDiffModel</name>
        <message>
            <location filename="../models/JsonDiffModel.cpp" line="+67" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::JsonReader</name>
        <message>
            <location filename="../core/JsonReader.cpp" line="-124" />
            <source>This field is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location line="+53" />
            <source>Must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-47" />
            <source>Must have at most %1 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Each entry must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be an object or null.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/JsonReader.cpp" line="+156" />
            <source>The request body is not valid JSON (%1 at byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The request body must be a JSON object.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::KeychainStore</name>
        <message>
            <location filename="../services/session/KeychainStore.cpp" line="+137" />
            <source>Keychain error %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+11" />
            <source>No system keychain (such as GNOME Keyring or KDE Wallet) is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>The system keychain refused access; it may be locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The system keychain could not delete the entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The system keychain reported an error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Your sign-in is not remembered on this computer: sign in with your password next time, or unlock the keychain and tick "Remember me" again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The remembered sign-in cannot be used: sign in with your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The remembered sign-in could not be forgotten: remove the entry "%1" in your keychain manager.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutCanvas</name>
        <message>
            <location filename="../ui/layout/LayoutCanvas.cpp" line="+104" />
            <source>Layout grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+85" />
            <source>This dashboard has no sections yet: add one to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+229" />
            <source>%1 is already one column wide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 already reaches the last column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is already one row tall, the smallest size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is already four rows tall, the largest size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 cannot move further left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further down.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutDiff</name>
        <message>
            <location filename="../core/LayoutDiff.cpp" line="-55" />
            <source>No changes</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/LayoutDiff.cpp" line="+30" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>row %1, column %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>every phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>full height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+99" />
            <source>%1 is now titled %2 (was %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: subtitle changed from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: colour changed from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: icon changed from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1: theme changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is now shown to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 is no longer shown to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 is now shown in %2 (was %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: visibility conditions changed (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 now spans %2 of 12 columns (was %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is now %2 (was %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: responsive layout changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be viewed by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be viewed by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be edited by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be edited by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be hidden by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be hidden by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>%1 removed (it was at %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 added at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 moved to %2 (was %3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutDocument</name>
        <message>
            <location filename="../models/LayoutDocument.cpp" line="+143" />
            <location line="+125" />
            <source>This layout is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-122" />
            <location line="+102" />
            <location line="+88" />
            <source>There is no such section on this dashboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-187" />
            <source>Only admins change who sees or edits a section (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Only admins change the %1 section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This would move the %1 section, which only admins change; move the other tiles instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Move %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Resize %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>There is no field %1 on a section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A tile's position changes by moving it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is too long: at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 cannot take that value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Change %2 of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Only who sees, edits and hides a section changes here (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Choose the type of the new section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This dashboard already has a %1 section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <location line="+25" />
            <source>Only admins add the %1 section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>%1 (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Duplicate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+349" />
            <source>Take their %2 of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>removal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPage</name>
        <message>
            <location filename="../ui/layout/LayoutPage.cpp" line="+143" />
            <source>Discard your changes?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Your %n unsaved change(s) to this layout are lost.</source>
            <translation>
                <numerusform>Your %n unsaved change to this layout is lost.</numerusform>
                <numerusform>Your %n unsaved changes to this layout are lost.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Removed %1; Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Copying the organization's layout to this wedding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>%1 was saved by someone else first: choose what to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Save your layout changes?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n unsaved change(s) to the layout you are leaving. Save them before switching? If you don't, they are discarded.</source>
            <translation>
                <numerusform>You have %n unsaved change to the layout you are leaving. Save it before switching? If you don't, it is discarded.</numerusform>
                <numerusform>You have %n unsaved changes to the layout you are leaving. Save them before switching? If you don't, they are discarded.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Fix the problems marked in red before saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Someone else changed sections you edited: choose what to keep first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Saving %n section(s)…</source>
            <translation>
                <numerusform>Saving %n section…</numerusform>
                <numerusform>Saving %n sections…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The server cannot be reached: %n change(s) saved on this computer; they are sent when it is back.</source>
            <translation>
                <numerusform>The server cannot be reached: %n change saved on this computer; it is sent when the server is back.</numerusform>
                <numerusform>The server cannot be reached: %n changes saved on this computer; they are sent when the server is back.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Layout saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Also editing: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Every section type is on this dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n unsaved change</numerusform>
                <numerusform>%n unsaved changes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>No organization chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organization default layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Layout for %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Layout for the chosen wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Choose an organization in the switcher above to edit its layout.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Someone else saved %n section(s) you are editing: choose what to keep.</source>
            <translation>
                <numerusform>Someone else saved %n section you are editing: choose what to keep.</numerusform>
                <numerusform>Someone else saved %n sections you are editing: choose what to keep.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>This wedding uses the organization's default layout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This wedding uses the organization's default layout. Customize it to change it for this wedding only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Read-only: support staff can look at layouts but not change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This layout has no sections yet: add one with “Add section”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Customize for this wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy the organization's default layout to this wedding, to change it for this wedding only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Add section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add a section of a type not on this dashboard yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A new section of another type with the selected section's settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected section (Delete); Ctrl+Z undoes it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send the changes to the server (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Versions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPreviewGrid</name>
        <message>
            <location filename="../ui/layout/LayoutPreviewGrid.cpp" line="+106" />
            <source>%1 (read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This person sees no section.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPreviewPane</name>
        <message>
            <location filename="../ui/layout/LayoutPreviewPane.cpp" line="+181" />
            <location line="+105" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-88" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%1 in %2: sees %n section(s), %3 read-only, %4 hidden.</source>
            <translation>
                <numerusform>%1 in %2: sees %n section, %3 read-only, %4 hidden.</numerusform>
                <numerusform>%1 in %2: sees %n sections, %3 read-only, %4 hidden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1, organization-wide: sees %n section(s), %2 read-only, %3 hidden.</source>
            <translation>
                <numerusform>%1, organization-wide: sees %n section, %2 read-only, %3 hidden.</numerusform>
                <numerusform>%1, organization-wide: sees %n sections, %2 read-only, %3 hidden.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hidden from this person (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>No problems found in this layout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Problems in this layout (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Preview as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preview as role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wedding phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The phase of the wedding to preview; the organization's default layout has no phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time of day at the venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sections hidden from this person, with the reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Problems in this layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Preview as a member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preview as one real member of the organization, with their role and the weddings they may access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Anyone with this role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutSaveRun</name>
        <message>
            <location filename="../services/layout/LayoutSaveRun.cpp" line="+108" />
            <source>Delete “%1”</source>
            <translation>Delete “%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit “%1”</source>
            <translation>Edit “%1”</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add “%1”</source>
            <translation>Add “%1”</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing to save.</source>
            <translation>Nothing to save.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1: someone else saved this section first. Choose what to keep, then save again.</source>
            <translation>%1: someone else saved this section first. Choose what to keep, then save again.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The server cannot be reached and the edits could not be stored on this computer either; keep the editor open and save again.</source>
            <translation>The server cannot be reached and the edits could not be stored on this computer either; keep the editor open and save again.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Saved locally: %n change(s) will be sent when the server is back.</source>
            <translation>
                <numerusform>Saved locally: %n change will be sent when the server is back.</numerusform>
                <numerusform>Saved locally: %n changes will be sent when the server is back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutTile</name>
        <message>
            <location filename="../ui/layout/LayoutTile.cpp" line="+26" />
            <source>small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+58" />
            <source>%1, row %2, column %3, %n columns wide, %4</source>
            <translation>
                <numerusform>%1, row %2, column %3, %n column wide, %4</numerusform>
                <numerusform>%1, row %2, column %3, %n columns wide, %4</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Has problems: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changed by someone else while you edited it: choose which values to keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Also open by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LayoutVersionsPane</name>
        <message>
            <location filename="../ui/layout/LayoutVersionsPane.cpp" line="+74" />
            <source>Restored as version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>No saved versions yet: the first save creates one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Select a version to see how it differs from the layout on screen, or two to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select at most two versions to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Loading the version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>From version %1 to version %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>From version %1 to the layout on screen: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>The layout becomes what it was in version %1, as a new version; the current one stays in the list and can be restored in turn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your unsaved changes to this layout are discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Restore version %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Restore version %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Restoring version %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saved versions of this layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Differences between the versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reload versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make the layout what it was in the selected version</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::LocalBackend</name>
        <message>
            <location filename="../services/backend/LocalBackend.cpp" line="+80" />
            <source>The local server could not be started: wedsync-server was not found next to the console. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its path, or connect to another server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The local server could not be started: %1 does not exist or is not a program. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its path, or connect to another server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The local server could not be started: its data folder %1 cannot be created. Check the permissions of that folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+87" />
            <source>It wrote no error message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Its last message: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>it was killed or crashed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>exit code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The local server could not start (%1). %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The local server stopped unexpectedly again (%1) and was not restarted. %2 Restart the console, or connect to another server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>The local server %1 could not be started: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The local server did not report that it was ready within %n second(s). %1</source>
            <translation>
                <numerusform>The local server did not report that it was ready within %n second. %1</numerusform>
                <numerusform>The local server did not report that it was ready within %n seconds. %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::LocalCache</name>
        <message>
            <location filename="../services/cache/LocalCache.cpp" line="+88" />
            <source>The local cache %1 is damaged and cannot be read (%2). Move it aside to start afresh; the console reloads everything from the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The local cache %1 was written by a newer WedSync console (%2). Update the console, or sign in with another profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The local cache %1 cannot be opened (%2). Check that the folder exists, is writable and has free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>it is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>connection %1 is already in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>cannot create the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../services/cache/CacheSchema.cpp" line="+142" />
            <source>schema %1; this console knows up to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::MainWindow</name>
        <message>
            <location filename="../ui/shell/MainWindow.cpp" line="+316" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <location line="+73" />
            <source>%1 — WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-366" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+336" />
            <source>&amp;Console</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reload the current screen (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sign &amp;in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a screen; Ctrl+1 to Ctrl+9 also switch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Current screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organization and wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to see your organizations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>There is no screen this account may open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>WedSync Admin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::MappingPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+223" />
            <source>Map the fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Each row fills one WedSync field from a column of %1. The last column shows what the first row the CRM returned would give.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::MatrixChangesTree</name>
        <message>
            <location filename="../ui/permissions/MatrixChangesTree.cpp" line="+17" />
            <source>view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::MatrixFindings</name>
        <message>
            <location filename="../core/PermissionMatrixFindings.cpp" line="+48" />
            <source>This change lets the %1 role edit %2. Guests and vendors are outside the planning team: make sure they should change it, or clear the edit permission.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::NoMatchNotice</name>
        <message>
            <location filename="../ui/common/NoMatchNotice.cpp" line="+49" />
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clear the filters and show every row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::NoticeCenter</name>
        <message numerus="yes">
            <location filename="../services/notices/NoticeCenter.cpp" line="+9" />
            <source>%n more sync failure(s) since the last notice.</source>
            <translation>
                <numerusform>%n more sync failure since the last notice.</numerusform>
                <numerusform>%n more sync failures since the last notice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more conflict(s) to resolve since the last notice.</source>
            <translation>
                <numerusform>%n more conflict to resolve since the last notice.</numerusform>
                <numerusform>%n more conflicts to resolve since the last notice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more submission(s) to review since the last notice.</source>
            <translation>
                <numerusform>%n more submission to review since the last notice.</numerusform>
                <numerusform>%n more submissions to review since the last notice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more account(s) about to expire.</source>
            <translation>
                <numerusform>%n more account about to expire.</numerusform>
                <numerusform>%n more accounts about to expire.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sync failures of my tenants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>New conflicts to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Supplier submissions to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connected accounts about to expire</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::NoticeSources</name>
        <message>
            <location filename="../app/NoticeSources.cpp" line="+30" />
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 did not reach every client. Open Sync health to see why and resync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>New conflict to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New conflict: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An edit met a newer change. Open Conflicts to compare both sides.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>New submission to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To review: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A supplier submitted a requirement. Open Suppliers to review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 submitted it for review. Open Suppliers to approve it or ask for a revision.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::NoticeTray</name>
        <message>
            <location filename="../ui/shell/NoticeTray.cpp" line="+58" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the last notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::OAuthSignIn</name>
        <message>
            <location filename="../services/oauth/OAuthSignIn.cpp" line="+33" />
            <source>No answer came back from the browser within ten minutes. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>This computer refused a local port for the browser's answer. Check the firewall, then sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>The server's answer could not be read: it names nothing signed in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-47" />
            <source>WedSync Admin received the sign-in. You can close this page and go back to WedSync Admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The server's answer had no usable sign-in address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::OAuthSignInPanel</name>
        <message>
            <location filename="../ui/common/OAuthSignInPanel.cpp" line="+23" />
            <source>If no browser opened, copy this &amp;address into one:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Signed in at %1. WedSync is saving the access…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Signed in. %1 is connected; the access is kept encrypted on the WedSync server, not on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Opening the sign-in page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Waiting for you to sign in in the browser…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No browser could be opened. Copy the address below into a browser on this computer and sign in there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Open the sign-in page a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Sign in a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>The sign-in did not finish: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::OrganizationSwitcher</name>
        <message>
            <location filename="../ui/shell/OrganizationSwitcher.cpp" line="+60" />
            <location line="+105" />
            <source>All organizations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-86" />
            <location line="+21" />
            <location line="+67" />
            <source>All weddings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-85" />
            <location line="+76" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Organization:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The organization whose data the screens show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Wedding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Narrow the screens to one wedding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::OutboxDialog</name>
        <message>
            <location filename="../ui/shell/OutboxDialog.cpp" line="+52" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edits made in the console are sent to the server in order. A conflict keeps both versions until you choose; a refused edit is not sent again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compare both versions field by field and choose</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::OutboxJournal</name>
        <message>
            <location filename="../services/cache/OutboxJournal.cpp" line="+62" />
            <source>Changed meanwhile by %1 on %2; both versions are kept until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Changed on the server meanwhile; both versions are kept until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The server refused this edit; it will not be sent again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n edit(s) applied</source>
            <translation>
                <numerusform>%n edit applied</numerusform>
                <numerusform>%n edits applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n edit(s) refused</source>
            <translation>
                <numerusform>%n edit refused</numerusform>
                <numerusform>%n edits refused</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionCellDelegate</name>
        <message>
            <location filename="../ui/permissions/PermissionCellDelegate.cpp" line="+31" />
            <source>V</source>
            <extracomment>The one-letter toggle for "view" in a permission matrix cell.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>E</source>
            <extracomment>The one-letter toggle for "edit" in a permission matrix cell.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>H</source>
            <extracomment>The one-letter toggle for "hide" in a permission matrix cell.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::PermissionEngine</name>
        <message>
            <location filename="../core/PermissionEngine.cpp" line="+197" />
            <source>%1 may view %2: the section is visible to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 may view %2: inherited from %3's visibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 may view %2: the section's permissions grant %1 view directly (canView)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 may view %2: this person has full access to this wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>%1 may not view %2: no rule grants it — visible to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 may view %2: the section is shown in %3, and this wedding is in %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 may not view %2: the section is not shown in any wedding phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not view %2: the section is shown only in %3, and this wedding is in %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 may view %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 may not view %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>%1 may edit %2: the section's permissions let %1 edit (canEdit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 may edit %2: admins edit every section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>%1 may edit %2: coordinators edit every section except billing and admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 may not edit %2: coordinators edit every section except billing and admin, and the section's canEdit does not list coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not edit %2: only admin, coordinator and the roles in the section's canEdit (%3) may edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 may not edit %2: only people who can view a section may edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 may hide %2: the section's permissions let %1 hide it (canHide)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not hide %2: only the roles in the section's canHide (%3) may hide it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>%1 on %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/PermissionEngine.cpp" line="+31" />
            <source>%1 and %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>wedding phase %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>it is the wedding day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>it is not the wedding day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::PermissionImportDialog</name>
        <message>
            <location filename="../ui/permissions/PermissionImportDialog.cpp" line="+25" />
            <source>Import permissions from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>%1 cannot be imported; nothing was changed. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>After import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 changes nothing: this dashboard already has these permissions.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Importing %1 changes %n cell(s)</source>
            <translation>
                <numerusform>Importing %1 changes %n cell</numerusform>
                <numerusform>Importing %1 changes %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>on %n section(s). It is applied on the server as one change, all or nothing, and recorded in the audit trail.</source>
            <translation>
                <numerusform>on %n section. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</numerusform>
                <numerusform>on %n sections. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>After the import, %n new finding(s):</source>
            <translation>
                <numerusform>After the import, %n new finding:</numerusform>
                <numerusform>After the import, %n new findings:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Apply %n change(s)</source>
            <translation>
                <numerusform>Apply %n change</numerusform>
                <numerusform>Apply %n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionJson</name>
        <message>
            <location filename="../core/PermissionJson.cpp" line="-128" />
            <source>The user profile has %n problem(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>The wedding has %n problem(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>The permission has %n problem(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/PermissionJson.cpp" line="+104" />
            <source>Unknown role "%1"; use guest, vendor, couple, photographer, coordinator or admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The role is empty; leave it out or use null for a guest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Each wedding access entry must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>"%1" is not a calendar date; use YYYY-MM-DD, e.g. 2026-06-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Unknown time zone "%1"; use an IANA name such as Europe/London or Australia/Sydney.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>Unknown wedding phase "%1"; use planning, pre_wedding, wedding_day or post_wedding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Each explanation entry must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Unknown flag "%1"; use view, edit, hide or conditions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::PermissionMatrixModel</name>
        <message>
            <location filename="../models/PermissionMatrixModel.cpp" line="+41" />
            <source>view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+146" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (a %2 section)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>no access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Someone else saved a different value: choose what to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Let %1 %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stop %1 from %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>viewing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>hiding</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Allow %1 on %n cell(s)</source>
            <translation>
                <numerusform>Allow %1 on %n cell</numerusform>
                <numerusform>Allow %1 on %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Deny %1 on %n cell(s)</source>
            <translation>
                <numerusform>Deny %1 on %n cell</numerusform>
                <numerusform>Deny %1 on %n cells</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Copy %1's permissions to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::PermissionTemplateDialog</name>
        <message>
            <location filename="../ui/permissions/PermissionTemplateDialog.cpp" line="+35" />
            <source>Apply a permission template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Cells the template changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+75" />
            <source>&amp;Apply template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-67" />
            <source>&amp;Template:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>After the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>“%1” changes nothing: this dashboard already has its permissions.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>“%1” changes %n cell(s)</source>
            <translation>
                <numerusform>“%1” changes %n cell</numerusform>
                <numerusform>“%1” changes %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>on %n section(s). Other sections and roles keep theirs. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</source>
            <translation>
                <numerusform>on %n section. Other sections and roles keep theirs. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</numerusform>
                <numerusform>on %n sections. Other sections and roles keep theirs. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>After the template, %n new finding(s):</source>
            <translation>
                <numerusform>After the template, %n new finding:</numerusform>
                <numerusform>After the template, %n new findings:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>This dashboard has no section of these types, which the template also sets: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Apply %n change(s)</source>
            <translation>
                <numerusform>&amp;Apply %n change</numerusform>
                <numerusform>&amp;Apply %n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionsPage</name>
        <message>
            <location filename="../ui/permissions/PermissionsPage.cpp" line="+209" />
            <source>Discard your changes?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Your unsaved permission changes to %n section(s) are lost.</source>
            <translation>
                <numerusform>Your unsaved permission changes to %n section are lost.</numerusform>
                <numerusform>Your unsaved permission changes to %n sections are lost.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Someone else saved the permissions of %1 first: choose what to keep.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The server cannot be reached: %n change(s) saved on this computer; they are sent when it is back.</source>
            <translation>
                <numerusform>The server cannot be reached: %n change saved on this computer; it is sent when the server is back.</numerusform>
                <numerusform>The server cannot be reached: %n changes saved on this computer; they are sent when the server is back.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Save your permission changes?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have unsaved permission changes to %n section(s) of the dashboard you are leaving. Save them before switching? If you don't, they are discarded.</source>
            <translation>
                <numerusform>You have unsaved permission changes to %n section of the dashboard you are leaving. Save them before switching? If you don't, they are discarded.</numerusform>
                <numerusform>You have unsaved permission changes to %n sections of the dashboard you are leaving. Save them before switching? If you don't, they are discarded.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Select cells, rows or columns of the matrix first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>%1 already has the same permissions as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Copied %1's permissions to %2; Ctrl+Z undoes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>No findings: every role's access looks deliberate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Findings (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Someone else changed permissions you edited: choose what to keep first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Save with new problems?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This save introduces %n error(s):

%1

Save anyway?</source>
            <translation>
                <numerusform>This save introduces %n error:

%1

Save anyway?</numerusform>
                <numerusform>This save introduces %n errors:

%1

Save anyway?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save anyway</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Saving the permissions of %n section(s)…</source>
            <translation>
                <numerusform>Saving the permissions of %n section…</numerusform>
                <numerusform>Saving the permissions of %n sections…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Whole matrix…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 only…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Export permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Permissions files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Exported to %1, with your unsaved changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Exported to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Save or discard your changes first: an import is applied to the permissions as the server has them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Import permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Save or discard your changes first: a template is applied to the permissions as the server has them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Reading the permission templates…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Templates not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The permission templates could not be read. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No permission templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Applying the template “%1”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Imported. The change is in the audit trail; Ctrl+Z does not undo it, importing an export of the old permissions does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The template “%1” was applied. The change is in the audit trail; Ctrl+Z does not undo it, importing an export of the old permissions does.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Someone changed these permissions since the preview; nothing was changed. Try again to see the new state.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Template not applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was changed. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Import failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <source>Neither the platform nor this organization has published a permission template. Admins add them under Settings, setting type “Permission templates”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+60" />
            <source>Permissions saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n section(s) changed</source>
            <translation>
                <numerusform>%n section changed</numerusform>
                <numerusform>%n sections changed</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>No organization chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Organization default permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Permissions for %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Permissions for the chosen wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Choose an organization in the switcher above to see its permissions.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Someone else saved permissions of %n section(s) you are editing: choose what to keep.</source>
            <translation>
                <numerusform>Someone else saved permissions of %n section you are editing: choose what to keep.</numerusform>
                <numerusform>Someone else saved permissions of %n sections you are editing: choose what to keep.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>This wedding uses the organization's default sections, so it has the default's permissions. Customize its layout (Layout screen) to give it its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This dashboard has no sections yet: add them on the Layout screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <location line="+1" />
            <source>Filter sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Set or clear a permission on the selected cells, rows or columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Give one role exactly the permissions of another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apply a permissions file exported here or from another organization or wedding, after a preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Apply template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Apply a permission template published by the platform or this organization, after a preview of every cell it changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the whole matrix, or one role's permissions, as a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send the changes to the server (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Permission matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 view, %2 edit, %3 hide. Filled: granted to the role; dashed: the role gets it through another rule (hover to see which). Click a toggle, or select cells and press %1, %2 or %3 (Space: view).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Allow view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deny view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allow edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deny edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allow hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deny hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Evaluate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ProviderPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-490" />
            <source>Choose your CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Each CRM is connected the way it really allows: through its API where it has one, else by importing its export file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;CRM:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connection na&amp;me:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeChannel</name>
        <message>
            <location filename="../services/realtime/RealtimeChannel.cpp" line="+233" />
            <source>The server refused to join %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>The server closed the channel %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeClient</name>
        <message>
            <location filename="../services/realtime/RealtimeClient.cpp" line="+113" />
            <source>No server is set for live updates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Live updates were interrupted (%1); reconnecting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeCodec</name>
        <message>
            <location filename="../core/RealtimeCodec.cpp" line="+31" />
            <source>The frame is %1 bytes; the limit is %2 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The frame's "%1" must be %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The frame is not valid JSON (%1 at byte %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+2" />
            <source>a string or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>The payload must be exactly one JSON value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>A vsn 1.0.0 frame must be a JSON object with topic, event, payload and ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A vsn 2.0.0 text frame must be a JSON array [join_ref, ref, topic, event, payload].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>A vsn 2.0.0 frame has 5 elements [join_ref, ref, topic, event, payload]; this one has %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The binary frame is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Binary frames of kind %1 are not accepted here; only kind %2 (user broadcast) is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The binary frame is %1 bytes, shorter than its %2-byte header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>0 (binary) or 1 (JSON), not %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The binary frame is %1 bytes but its header declares %2 bytes of fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+4" />
            <location line="+5" />
            <location line="+2" />
            <source>valid UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The %1 is %2 bytes; binary frames allow at most %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Broadcasts with a binary (ArrayBuffer) payload are not supported; send a JSON payload.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeFrame</name>
        <message>
            <location filename="../core/RealtimeFrame.cpp" line="+17" />
            <source>Unsupported serializer version "%1"; use vsn=1.0.0 or vsn=2.0.0.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeSocket</name>
        <message>
            <location filename="../services/realtime/RealtimeSocket.cpp" line="+23" />
            <source>The server did not answer a heartbeat in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server did not accept the connection in time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RelinkDialog</name>
        <message>
            <location filename="../ui/integrations/RelinkDialog.cpp" line="+20" />
            <source>Relink %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::RequirementRecordModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="+130" />
            <source>Reviewer's note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ResyncOperation</name>
        <message>
            <location filename="../services/feeds/ResyncOperation.cpp" line="+23" />
            <source>The server accepted the resync but reported no outcome within %1 seconds; watch the event history for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Asking the server to resync…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Resync started; waiting for the tenant's clients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>no client of the tenant was connected, so there was nothing to deliver. Clients load version %1 when they connect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Resync finished: every connected client has version %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resync ended %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ReviewPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+521" />
            <source>Start the first &amp;import now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Review and connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The connection is saved, but its first import did not start: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Connection: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Schedule: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Direction: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When both sides changed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ReviewQueueModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="-104" />
            <source>Evidence: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Requirement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::Role</name>
        <message>
            <location filename="../core/Role.cpp" line="+59" />
            <location line="+12" />
            <source>Guest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>Vendor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Couple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SchedulePage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-151" />
            <source>When and how to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Scheduled syncs bring in what changed since the last one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is imported from files, so it has no schedule.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ScreenshotRenderer</name>
        <message>
            <location filename="../ui/shell/ScreenshotRenderer.cpp" line="+82" />
            <source>Cannot create the folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SectionFields</name>
        <message>
            <location filename="../core/SectionFields.cpp" line="+39" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Subtitle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Visible to roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Wedding phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Visibility conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Responsive layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Can view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Can edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Can hide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SectionInspector</name>
        <message>
            <location filename="../ui/layout/InspectorFields.cpp" line="+37" />
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>(too long: only the first %1 characters are kept when you save)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>(line breaks and tabs become spaces when you save)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/layout/SectionInspector.cpp" line="+83" />
            <source>Section colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+20" />
            <source>Select a tile to edit its section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+92" />
            <source>Customization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Subtitle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+11" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>#RRGGBB, or empty for the theme's colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <location line="+8" />
            <source>Icon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Small (1 row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medium (2 rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Large (3 rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Full (4 rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Visibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Visible to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Every phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Conditions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 may view this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>%1 may edit this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 may hide this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>%1 (no bundled icon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Row %1, column %2 (drag the tile to move it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+57" />
            <source>This layout is read-only for your account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your role cannot change this section.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only admins change who sees a section; you can change its look, layout, phases and conditions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Only admins change who sees a section</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::Session</name>
        <message>
            <location filename="../services/session/Session.cpp" line="+145" />
            <source>No sign-in is remembered for %1 on %2. Sign in with your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>the sign-in answer has no tokens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>This account has no access to the admin console.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SettingsDialog</name>
        <message>
            <location filename="../ui/shell/SettingsDialog.cpp" line="+142" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>System (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signed in as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Desktop notices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Changes apply at once and are remembered for this profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ShortcutsDialog</name>
        <message>
            <location filename="../ui/help/ShortcutsDialog.cpp" line="+47" />
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>On the screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Moving around</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next or previous control</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tab   Shift+Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move inside a table or list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Arrow keys   Home   End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open a row's commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Menu key   Shift+F10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open the selected item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close a dialog</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SignInDialog</name>
        <message>
            <location filename="../ui/shell/SignInDialog.cpp" line="+203" />
            <source>Enter the address of the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server address must start with http:// or https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter your e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That does not look like an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Sign-in problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Sign in — WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to WedSync Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Running at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Use the built-in server on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>&amp;This computer (built-in server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A&amp;nother server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use another server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remember me on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remember me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keeps you signed in with a token stored in the system keychain; your password is never stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SignInErrors</name>
        <message>
            <location filename="../services/session/SignInErrors.cpp" line="+13" />
            <source>This account has no access to the admin console. Console access is for platform staff and for the administrators and coordinators of an organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The server cannot be reached. Check the address and that the server is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server at %1 cannot be reached. Check the address and that the server is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Signing in was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server's answer was not understood. Is this a WedSync server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The e-mail address or the password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Too many failed attempts: signing in to this account is locked for %n minute(s).</source>
            <translation>
                <numerusform>Too many failed attempts: signing in to this account is locked for %n minute.</numerusform>
                <numerusform>Too many failed attempts: signing in to this account is locked for %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Too many failed attempts: wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Too many failed attempts: wait %n second before trying again.</numerusform>
                <numerusform>Too many failed attempts: wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many failed attempts: signing in to this account is locked for now. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This account has been disabled. Ask an administrator to enable it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server had a problem signing you in (%1). Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SignInFlow</name>
        <message>
            <location filename="../services/session/SignInFlow.cpp" line="+108" />
            <source>The built-in server is not installed next to the console.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Starting the built-in server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+79" />
            <source>Your saved sign-in has expired. Sign in again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SignInPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-156" />
            <source>Sign in with the CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The CRM's own sign-in page, in your browser: WedSync never sees your password there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SupplierDetailPane</name>
        <message>
            <location filename="../ui/suppliers/SupplierDetailPane.cpp" line="+207" />
            <source>%1 · %2 tier · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Inactive: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%p% approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>No supplier chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose a submission in the review queue or a supplier in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Also reviewing this supplier: %1. Agree who decides before you approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Histor&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Histor&amp;y of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Evidence: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Choose a requirement to review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The supplier is inactive: their records are kept, nothing is reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>You submitted this one yourself: another reviewer decides it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only submitted requirements are reviewed; this one is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Approve, or write a reason to request a revision or reject it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Each decision can be undone for a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Rea&amp;son:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Needed to request a revision or to reject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Request &amp;revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;ject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sw&amp;itch tier…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SupplierListModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="+29" />
            <source>%1 (inactive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next tier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SuppliersPage</name>
        <message>
            <location filename="../ui/suppliers/SuppliersPage.cpp" line="+54" />
            <source>Approve “%1” for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ask %2 to revise “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reject “%1” for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+53" />
            <source>Copy e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy supplier id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open the supplier in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Copy evidence reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Copy record id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Taken back, nothing was sent: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Not recorded: %1. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1 is now in the %2 tier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The tier was not switched: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+85" />
            <source>Choose an organization in the switcher above to review its suppliers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Offline: showing the suppliers as last seen. Reviewing needs the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offline: showing the suppliers as last seen. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <location line="+194" />
            <source>Review queue (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-194" />
            <location line="+195" />
            <source>Review queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-179" />
            <location line="+181" />
            <source>Suppliers (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-109" />
            <source>%1: sent in %n second(s) unless you undo it.</source>
            <translation>
                <numerusform>%1: sent in %n second unless you undo it.</numerusform>
                <numerusform>%1: sent in %n seconds unless you undo it.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Approved “%1” for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Asked %1 to revise “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rejected “%1” for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 may now advance to the next tier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Switch %1 to the %2 tier?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No requirement is added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added as pending: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No requirement becomes legacy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Become legacy (kept with their history, no longer counted): %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n requirement(s) stay as they are.</source>
            <translation>
                <numerusform>%n requirement stay as they are.</numerusform>
                <numerusform>%n requirements stay as they are.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch tier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncDashboardPage</name>
        <message>
            <location filename="../ui/dashboard/SyncDashboardPage.cpp" line="+137" />
            <location line="+229" />
            <source>Resync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-241" />
            <source>Event history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Event history and connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Search tenants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Search tenants…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Filter tenants by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Tenants by sync severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resync the selected tenant now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resync in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>Tenants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+83" />
            <source>Copy tenant id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Show only its events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Resync now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Sync health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+65" />
            <source>Sync health is kept per organization: showing %1, which holds the chosen wedding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>Offline: showing the last known sync health (from %1). It updates as soon as the server answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Offline: showing cached data. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>A resync is running; wait for its result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask every connected client of the selected tenant to reload its configuration now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Select a tenant first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Resync %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every connected client of %1 reloads its configuration now. Resync?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Resyncing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>ℹ Resync of %1 delivered nothing: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>✔ Resync of %1 succeeded: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>✖ Resync of %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncEventModel</name>
        <message>
            <location filename="../models/SyncEventModel.cpp" line="+273" />
            <location line="+43" />
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>Tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-161" />
            <source>Configuration change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Clients caught up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+44" />
            <source>Resync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <source>Resync (no client connected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Version %1 could not be sent to the clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Permissions changed (version %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sections changed (version %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Configuration changed (version %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Resync could not be sent to the clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No client was connected; nothing to deliver</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) asked to reload version %1</source>
            <translation>
                <numerusform>%n client asked to reload version %1</numerusform>
                <numerusform>%n clients asked to reload version %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every connected client runs version %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n offline change(s) refused: changed by someone else first</source>
            <translation>
                <numerusform>%n offline change refused: changed by someone else first</numerusform>
                <numerusform>%n offline changes refused: changed by someone else first</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Offline edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>Time (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncJobTableModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="-50" />
            <source>Another connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (attempt %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncRulesForm</name>
        <message>
            <location filename="../ui/integrations/SyncRulesForm.cpp" line="+36" />
            <source>S&amp;chedule:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When &amp;both sides changed:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::TenantHealthModel</name>
        <message>
            <location filename="../models/TenantHealthModel.cpp" line="+18" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>none planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 (tomorrow)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 (in %n days)</source>
            <translation>
                <numerusform>%1 (in %n day)</numerusform>
                <numerusform>%1 (in %n days)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Normal: the last change reached every connected client.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: sync is %2 and a wedding is today (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: sync is %2 and a wedding is tomorrow (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1: sync is %2 and a wedding is within a week (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1: sync is %2; no wedding in the next week.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+134" />
            <source>%1: %2, %n pending change(s)</source>
            <translation>
                <numerusform>%1: %2, %n pending change</numerusform>
                <numerusform>%1: %2, %n pending changes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Tenant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Freshness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Config version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Last success</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Next wedding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::TestPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+40" />
            <source>Test &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>&amp;First rows the CRM returned:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Nothing to test: %1 is imported from files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Asking %1 for a few clients…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The connection works. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The connection failed: %1 Go Back to correct the credentials, or test again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>The connection could not be tested: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::UserGuideDialog</name>
        <message>
            <location filename="../ui/help/UserGuideDialog.cpp" line="+18" />
            <source>WedSync Admin User Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::VCardReader</name>
        <message>
            <location filename="../core/VCardProperty.cpp" line="+217" />
            <source>the character set %1 is not known; it was read as %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>it says UTF-8 but is not; it was read as Windows-1252</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>it is not UTF-8; it was read as Windows-1252</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/VCardReader.cpp" line="+84" />
            <source>Card %1 (line %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+144" />
            <source>This vCard file is UTF-16; export it again as UTF-8 (vCard 3.0 or 4.0) and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This does not look like a text file (it holds binary data); choose a vCard (.vcf) file exported from your contacts or CRM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>This does not look like a text file: line %1 holds a NUL byte, which text never has.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds another card (AGENT) that never ends; the file ends inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no END:VCARD; the file ends inside it, so it was read to the end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The file holds no cards (BEGIN:VCARD … END:VCARD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+69" />
            <source>a property</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 on line %3 is longer than %4 KiB; it was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This is not a vCard file: line %1 is longer than %2 KiB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>This is not a vCard file: it should begin with BEGIN:VCARD, but line %1 is “%2”. If it is a CSV file, choose CSV as the file's format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1: line %2 is not a property (NAME:value); it was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 is outside any card and is not a property; it was ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 has no END:VCARD; it ends where the next card begins, on line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds another card (AGENT) on line %2; its properties were not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 nests cards more than %2 levels deep; it was skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Line %1 has END:%2 without a BEGIN; it was ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Line %1 is outside any card (after an END:VCARD); it was ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>%1 has more than %2 properties; is this a vCard file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is larger than %2 MiB; is this a vCard file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2 on line %3: %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 is longer than %3 KiB; it was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds nothing to import: no name, e-mail, phone or other details.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::WebhookDeliveryModel</name>
        <message>
            <location filename="../models/WebhookModels.cpp" line="+63" />
            <source>Delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed, retrying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Gave up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>HTTP code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attempt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <location line="+2" />
            <location line="+6" />
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::WebhookEndpointModel</name>
        <message>
            <location line="-84" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No (paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>None yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1, %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::WebhooksPanel</name>
        <message>
            <location filename="../ui/integrations/WebhooksPanel.cpp" line="+156" />
            <source>The signing secret is on the clipboard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>The endpoint is added. Copy its signing secret now: it is shown only this once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The endpoint is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint is deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A %1 delivery is queued; it appears below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+78" />
            <source>Delete the webhook endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete the endpoint %1? It receives no more events, and its delivery log is deleted with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The endpoint was not added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint was not saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint was not deleted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The test was not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The delivery was not sent again: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>Endpoints that receive this organization's events, signed (X-WedSync-Signature). Choose one to change it or see its deliveries; fill the form and Add for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Endpoints that receive this organization's events (read-only: the organization's admins manage them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Webhook endpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;vents:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;nabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Send &amp;test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Signing sec&amp;ret (shown once):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;py</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries to %1, newest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries: choose an endpoint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;deliver</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::WeddingPhase</name>
        <message>
            <location filename="../core/WeddingPhase.cpp" line="+49" />
            <location line="+8" />
            <source>Planning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Pre-wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wedding day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Post-wedding</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::Workspace</name>
        <message>
            <location filename="../app/Workspace.cpp" line="+177" />
            <source>Read-only: support staff can look at permissions but never change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Read-only: only the organization's admins change who sees what; coordinators read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Read-only: support staff read supplier compliance; the organization's coordinators and admins review it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Support staff read the connections and may retry a failed job; the organization's admins change them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Read-only: the organization's admins connect and change CRMs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Read-only: support staff read every level's settings and why; admins change them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::appointments</name>
        <message>
            <location filename="../core/AppointmentJson.cpp" line="+45" />
            <source>Give a date and time in UTC or with an offset, e.g. 2027-05-14T15:00:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Give a date as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>An appointment cannot move to another wedding; create it there and delete this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/AppointmentRules.cpp" line="+107" />
            <source>At most %1 attendees; invite a mailing list instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/AppointmentJson.cpp" line="+28" />
            <source>Give an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/AppointmentRules.cpp" line="-69" />
            <source>Give the time zone, e.g. Europe/Madrid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a known IANA time zone (e.g. Europe/Madrid).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>An all-day appointment needs its first day (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>An all-day appointment needs the day after its last day (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The end date is the day after the last day, so it comes after the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location line="+15" />
            <source>An appointment lasts at most %1 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-9" />
            <source>Give the start as a date and time, e.g. 2027-05-14T15:00:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the end as a date and time, e.g. 2027-05-14T16:00:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The end must come after the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>"%1" is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>%1 is already an attendee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Give the appointment a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The title is at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The kind is one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A wedding day belongs to a wedding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The location is at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The notes are at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::crm</name>
        <message>
            <location filename="../core/CrmCatalog.cpp" line="+47" />
            <source>Connects to the VSCO Workspace Public API v2 with an API key (X-API-KEY): contacts are imported and changes can be written back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Light Blue only accepts new enquiries pushed into its Inbox with an API key; it has no API to read your clients, so nothing is imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>HoneyBook has no public API: export your clients as CSV from its Clients panel and import the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>17hats has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>ShootQ documents no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Pixieset has no official public API: download the clients CSV from Pixieset Studio and import the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Iris Works has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Dubsado has no public API (only Zapier): export your contact list as CSV and import the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Studio Ninja has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Other CRM or file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Import a CSV or vCard file from any system, or read a REST endpoint that returns JSON pages with an API key, basic auth or OAuth 2.0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/IntegrationRules.cpp" line="+116" />
            <source>Choose a provider: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Give the connection a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The name is at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in method is one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 connects with: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Sync every %1 to %2 minutes, or leave the schedule empty to sync by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The direction is one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 can only be used as: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The conflict strategy is one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The address is at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The address must start with https:// (or http://) and name a host, e.g. https://crm.example.com/api.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 is imported from a file and takes no address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Give the address of the REST endpoint that returns your clients, e.g. https://crm.example.com/api/clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>The address must start with https:// (or http://) and name a host, e.g. https://login.example.com/oauth/%1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This sign-in method takes no credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unknown credential; this sign-in method takes: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>At most 4096 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This credential is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This credential cannot be empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The transform is one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+70" />
            <source>Free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Starter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Enterprise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>which includes unlimited CRM integrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>which includes no CRM integrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>which includes 1 CRM integration, already in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>which includes %1 CRM integrations, all in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> Upgrade to %1 for unlimited integrations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source> Upgrade to %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source> Remove one to connect another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 is on the %2 tier, %3.%4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::AuditRecord</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConflictItem</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/ConflictItem.cpp" line="+49" />
            <source>The conflict could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncJson</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The audit entry could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <location line="+53" />
            <location filename="../core/SectionJson.cpp" line="+123" />
            <location filename="../core/SyncJson.cpp" line="+224" />
            <location line="+37" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>Unknown role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must be view, edit or hide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/SyncJson.cpp" line="-242" />
            <location line="+23" />
            <source>Must be a count of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>Must be success, partial, failed or pending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Must name the kind of event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+94" />
            <source>Must be a date such as 2026-06-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>Must be at least one second.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigDiff</name>
        <message>
            <location filename="../core/ConfigDiff.cpp" line="+95" />
            <location line="+38" />
            <source>The list of changes has problems; see details.fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-37" />
            <source>At most %1 changes at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Each change must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Must be a dotted field path such as providers.sms.provider (at most 1000 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Must be added, removed or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>An added or changed field needs its new value.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigOptOut</name>
        <message>
            <location filename="../core/ConfigOptOut.cpp" line="+45" />
            <source>Must be the id of a sync rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location filename="../core/ConfigSyncRule.cpp" line="+175" />
            <source>Listed twice.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigScope</name>
        <message>
            <location filename="../core/ConfigScope.cpp" line="+51" />
            <location line="+6" />
            <source>the platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>the organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <location line="+6" />
            <source>Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>Choose the organization (a UUID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The platform scope has no organization.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose the user (a UUID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Only the user scope names a user.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSettingSchemas</name>
        <message>
            <location filename="../core/ConfigSettingSchemas.cpp" line="+202" />
            <source>%1 cannot be set by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The settings are larger than %1 KiB; remove some entries.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSettingType</name>
        <message>
            <location filename="../core/ConfigSettingType.cpp" line="+57" />
            <source>Permission templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Modules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Two-step sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Business-type presets</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::PermissionMatrixJson</name>
        <message>
            <location filename="../core/PermissionMatrixJson.cpp" line="+31" />
            <source>The permission matrix could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <location line="+53" />
            <location filename="../core/SectionJson.cpp" line="+123" />
            <location filename="../core/SyncJson.cpp" line="+224" />
            <location line="+37" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SectionJson</name>
        <message>
            <location line="+32" />
            <location line="+53" />
            <location filename="../core/SectionJson.cpp" line="+123" />
            <location filename="../core/SyncJson.cpp" line="+224" />
            <location line="+37" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/SectionJson.cpp" line="-80" />
            <source>This field does not exist or cannot be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>This number is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Must be an ISO-8601 date and time in UTC, e.g. 2025-06-14T09:30:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+114" />
            <location filename="../core/SectionValidator.cpp" line="+339" />
            <source>The section configuration has %n problem(s).</source>
            <translation>
                <numerusform>The section configuration has %n problem.</numerusform>
                <numerusform>The section configuration has %n problems.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionsDocument</name>
        <message numerus="yes">
            <location filename="../core/PermissionsDocument.cpp" line="+31" />
            <source>The permissions file cannot be imported: %n problem(s), listed by row. Nothing was changed.</source>
            <translation>
                <numerusform>The permissions file cannot be imported: %n problem, listed by row. Nothing was changed.</numerusform>
                <numerusform>The permissions file cannot be imported: %n problems, listed by row. Nothing was changed.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+52" />
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Unknown field; a permissions file has schemaVersion, kind, scope, roles and rows. Remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Missing: this is not a WedSync permissions file (its kind should be "wedsync.permissions"). Choose a file exported from the Permissions screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This is not a WedSync permissions file: its kind is %1, not "wedsync.permissions". Choose a file exported from the Permissions screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Missing: the file must say which version of the format it uses ("schemaVersion": 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The file uses version %1 of the format; this WedSync reads version 1. Export it again with this version, or update WedSync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Must be an object saying where the file was exported from, or be left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be text or null.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Must be a date and time such as 2026-06-14T09:30:00Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>A list of the roles the file holds is required, e.g. ["vendor"].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Unknown role %1; the roles are %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is listed twice; list each role once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>A cell is an object {"view", "edit", "hide"} of true or false, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Unknown flag; a cell has view, edit and hide. Remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Missing; every cell says true or false for view, edit and hide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Must be true or false, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A list of rows {"sectionType", "cells"} is required (it may be empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The file has %1 rows; a permissions file holds at most %2. Split it, or export one dashboard at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Each row is an object {"sectionType", "cells"}, not %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Unknown field; a row has sectionType and cells. Remove it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The section type this row is for is required, e.g. "timeline".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1 already has a row (rows[%2]); keep one row per section type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The cells are an object by role, e.g. {"vendor": {"view": true, "edit": false, "hide": false}}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Unknown role; the roles are %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not one of the file's roles; add it to "roles" or remove this cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Missing; each row has a cell for every role in "roles".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+82" />
            <source>The file is %1 KiB; a permissions file is at most 1024 KiB (1 MiB). Choose the file exported from the Permissions screen, or export fewer rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The file is not valid JSON (%1 at byte %2); choose a file exported from the Permissions screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The file holds JSON but not a permissions file (an object).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>This dashboard has no %1 section (type "%2"); add one first, or remove this row from the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SectionValidator</name>
        <message numerus="yes">
            <location line="+114" />
            <location filename="../core/SectionValidator.cpp" line="+339" />
            <source>The section configuration has %n problem(s).</source>
            <translation>
                <numerusform>The section configuration has %n problem.</numerusform>
                <numerusform>The section configuration has %n problems.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Each entry must be a section object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>This value is set by the server and cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/SectionValidator.cpp" line="-59" />
            <source>Choose a section type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a valid section type: use lowercase letters, digits and underscores, starting with a letter (e.g. guest_list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>The position cannot be negative (it is %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a layout size. Valid sizes: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Columns must be between %1 and %2 (it is %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The title contains too many joined or combining marks to display.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a color; use a hex color such as #D4A5A5 or #FFF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The version must be at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/SectionValidator.cpp" line="-206" />
            <source>“%1” is not a valid id; expected a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>“%1” is not a role. Valid roles: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a wedding phase. Valid phases: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>This text is far too long (%1 UTF-16 units; at most %2 are accepted, and it may show %3 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This text may be at most %1 characters long; it has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This object may take at most %1 bytes of JSON; it takes %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Columns must be a whole number between %1 and %2 (it is %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>“%1” is not a breakpoint. Valid breakpoints: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>A breakpoint is an object such as {"columns": 6}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a breakpoint setting; only columns is.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::SyncHealth</name>
        <message>
            <location filename="../core/SyncHealth.cpp" line="+55" />
            <source>Success</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Partial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Delayed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Elevated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::VisibilityConditions</name>
        <message>
            <location filename="../core/VisibilityConditions.cpp" line="+68" />
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/VisibilityConditions.cpp" line="+74" />
            <source>the hasWeddingAccess condition must be true or false, so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>the minimum role %1 is not a known role (use guest, vendor, couple, photographer, coordinator or admin), so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>the customField condition needs a field, an operator and a value, so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>the customField condition uses the unknown operator %1 (use equals or contains), so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>the time window's start or end cannot be read (use ISO-8601 with a zone, e.g. 2026-06-14T09:00:00Z), so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the time window ends (%1) before it starts (%2), so the section stays hidden until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>the unknown visibility condition "%1" (known: hasWeddingAccess, minimumRole, customField, timeRestriction) hides the section until it is fixed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+52" />
            <source>%1 has access to this wedding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the section needs access to a wedding, and no wedding is selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the section needs access to this wedding, and this %1 has none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 meets the minimum role %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the section needs at least %1, and %2 ranks below it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>custom field %1 equals %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>custom field %1 contains %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>the section needs custom field %1 to equal %2, and it is %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the section needs custom field %1 to contain %2, and it is %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>it is %3, within the section's time window %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the section is shown only from %1 to %2, and it is now %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSchema</name>
        <message>
            <location filename="../core/ConfigSchema.cpp" line="+74" />
            <source>This is not a setting of this kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>There are more problems; fix these first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This setting cannot be set by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Leave the setting out to inherit it; null is not a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+76" />
            <source>Must be one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-69" />
            <location line="+79" />
            <source>Must be an object.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-64" />
            <source>Must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must be between %1 and %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Must be text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Must be at most %1 characters long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Must not contain control characters or line breaks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must be an http:// or https:// address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Must be a time of day such as 07:30 or 22:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Must be a list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+23" />
            <source>Must have at most %1 entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <source>Listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The key must be one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The key must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
