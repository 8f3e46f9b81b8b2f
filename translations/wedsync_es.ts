<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AuditSentence</name>
        <message>
            <location filename="../models/AuditSentence.cpp" line="+36" />
            <source>The system</source>
            <translation>El sistema</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+80" />
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <location line="-72" />
            <source>%1 added the section %2</source>
            <translation>%1 añadió la sección %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 removed the section %2</source>
            <translation>%1 quitó la sección %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 changed who may see and edit %2</source>
            <translation>%1 cambió quién puede ver y editar %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled a conflict on %2</source>
            <translation>%1 resolvió un conflicto en %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 moved %2 to position %3</source>
            <translation>%1 movió %2 a la posición %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 renamed %2 to %3</source>
            <translation>%1 cambió el nombre de %2 a %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 changed when %2 is shown</source>
            <translation>%1 cambió cuándo se muestra %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 changed %2</source>
            <translation>%1 cambió %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 dismissed the conflict on %2</source>
            <translation>%1 descartó el conflicto en %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 settled the conflict on %2 with the offline change</source>
            <translation>%1 resolvió el conflicto en %2 con el cambio sin conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled the conflict on %2 with the saved version</source>
            <translation>%1 resolvió el conflicto en %2 con la versión guardada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 settled the conflict on %2 by merging both</source>
            <translation>%1 resolvió el conflicto en %2 combinando ambas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 settled the conflict on %2</source>
            <translation>%1 resolvió el conflicto en %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a supplier</source>
            <translation>un proveedor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 approved %2 for %3</source>
            <translation>%1 aprobó %2 de %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 asked %3 to revise %2</source>
            <translation>%1 pidió a %3 cambios en %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 rejected %2 for %3</source>
            <translation>%1 rechazó %2 de %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 submitted %2 for %3</source>
            <translation>%1 envió %2 de %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 set %2 for %3 to %4</source>
            <translation>%1 puso %2 de %3 en %4</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 started compliance tracking for %2</source>
            <translation>%1 empezó a seguir el cumplimiento de %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 deactivated %2</source>
            <translation>%1 desactivó a %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 made %2 a %3</source>
            <translation>%1 hizo a %2 %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 moved %2 to the %3 tier</source>
            <translation>%1 pasó a %2 al nivel %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 recalculated the compliance figures of %2</source>
            <translation>%1 recalculó las cifras de cumplimiento de %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AboutDialog</name>
        <message>
            <location filename="../ui/help/AboutDialog.cpp" line="+17" />
            <source>About WedSync Admin</source>
            <translation>Acerca de WedSync Admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WedSync Admin</source>
            <translation>WedSync Admin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The administration console of WedSync: sync health, dashboard layouts, permissions, conflicts and the audit trail.</source>
            <translation>La consola de administración de WedSync: estado de sincronización, diseños de paneles, permisos, conflictos y registro de auditoría.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>not connected</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, version %2</source>
            <translation>%1, versión %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Console: version %1
Server: %2
Qt: %3 (built with %4)
System: %5</source>
            <translation>Consola: versión %1
Servidor: %2
Qt: %3 (compilada con %4)
Sistema: %5</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AgendaModel</name>
        <message>
            <location filename="../models/AgendaModel.cpp" line="+11" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Consultation</source>
            <translation>Consulta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tasting</source>
            <translation>Degustación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rehearsal</source>
            <translation>Ensayo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wedding day</source>
            <translation>Día de la boda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Today, %1</source>
            <translation>Hoy, %1</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>All day, %n day(s)</source>
            <translation>
                <numerusform>Todo el día, %n día</numerusform>
                <numerusform>Todo el día, %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2 in %3)</source>
            <translation>%1 (%2 en %3)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Attendees: %1</source>
            <translation>Asistentes: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ApiError</name>
        <message>
            <location filename="../services/api/ApiError.cpp" line="+33" />
            <source>The console is not connected to a server yet.</source>
            <translation>La consola todavía no está conectada a un servidor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not reach the server at %1 (%2). Is the server running at %1?</source>
            <translation>No se pudo conectar con el servidor en %1 (%2). ¿Está en marcha el servidor en %1?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no connection</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server at %1 did not answer within %n second(s). Try again; if it keeps happening, check that the server is running and reachable.</source>
            <translation>El servidor en %1 no respondió en %n segundos. Inténtelo de nuevo; si vuelve a ocurrir, compruebe que el servidor está en marcha y accesible.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request was cancelled.</source>
            <translation>La solicitud se canceló.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server at %1 sent an answer the console does not understand (%2). Check that the address points to a WedSync server of a matching version.</source>
            <translation>El servidor en %1 envió una respuesta que la consola no entiende (%2). Compruebe que la dirección apunta a un servidor WedSync de una versión compatible.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The e-mail address or the password is wrong. Check both and try again.</source>
            <translation>La dirección de correo o la contraseña no son correctas. Compruebe ambas e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in is paused after too many failed attempts. Try again in %n second(s).</source>
            <translation>El inicio de sesión está en pausa tras demasiados intentos fallidos. Inténtelo de nuevo en %n segundos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign-in is paused after too many failed attempts. Try again later.</source>
            <translation>El inicio de sesión está en pausa tras demasiados intentos fallidos. Inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This account has been disabled. Ask an administrator to enable it.</source>
            <translation>Esta cuenta está desactivada. Pida a un administrador que la active.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account has no access to the admin console. Sign in with an administrator, coordinator or platform staff account.</source>
            <translation>Esta cuenta no tiene acceso a la consola de administración. Inicie sesión con una cuenta de administrador, coordinador o del personal de la plataforma.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your session has ended. Sign in again.</source>
            <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The remembered sign-in is no longer valid. Sign in with your password.</source>
            <translation>El inicio de sesión recordado ya no es válido. Inicie sesión con su contraseña.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You are not allowed to do this.</source>
            <translation>No tiene permiso para hacer esto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This item no longer exists, or you may not see it. Refresh the view.</source>
            <translation>Este elemento ya no existe o no puede verlo. Actualice la vista.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else changed this in the meantime. Reload it to see their change, then apply yours again.</source>
            <translation>Otra persona lo ha cambiado mientras tanto. Vuelva a cargarlo para ver su cambio y aplique de nuevo el suyo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The change was refused because it did not say which version it edits. Reload and try again.</source>
            <translation>El cambio se rechazó porque no indicaba qué versión modifica. Vuelva a cargar e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Some values are not valid. Check them and try again.</source>
            <translation>Algunos valores no son válidos. Revíselos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Some values need attention: %1</source>
            <translation>Algunos valores necesitan atención: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server is busy. Try again in %n second(s).</source>
            <translation>El servidor está ocupado. Inténtelo de nuevo en %n segundos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server is busy. Try again in a moment.</source>
            <translation>El servidor está ocupado. Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server at %1 is unavailable right now. Try again in a moment.</source>
            <translation>El servidor en %1 no está disponible en este momento. Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server at %1 ran into a problem (HTTP %2). Try again later.</source>
            <translation>El servidor en %1 tuvo un problema (HTTP %2). Inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server ran into a problem: %1 Try again later.</source>
            <translation>El servidor tuvo un problema: %1 Inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused the request (HTTP %1).</source>
            <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
        </message>
        <message>
            <location filename="../services/api/ApiError.cpp" line="+22" />
            <source>the configured address</source>
            <translation>la dirección configurada</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ApiReply</name>
        <message>
            <location filename="../services/api/ApiReply.cpp" line="+70" />
            <source>The request was cancelled.</source>
            <translation>La solicitud se canceló.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The console has no network access object.</source>
            <translation>La consola no tiene acceso a la red.</translation>
        </message>
        <message>
            <location line="+109" />
            <source>The server did not answer in time.</source>
            <translation>El servidor no respondió a tiempo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditDetailPane</name>
        <message>
            <location filename="../ui/audit/AuditDetailPane.cpp" line="+128" />
            <source>Fields changed by the selected audit event</source>
            <translation>Campos cambiados por el evento de auditoría seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open in Conflicts</source>
            <translation>Abrir en Conflictos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show this conflict in the conflict center: both sides and how it was resolved</source>
            <translation>Mostrar este conflicto en el centro de conflictos: ambos lados y cómo se resolvió</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show raw</source>
            <translation>Ver datos sin procesar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the record as the server stores it (JSON)</source>
            <translation>Mostrar el registro tal como lo guarda el servidor (JSON)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected audit event as the server stores it</source>
            <translation>El evento de auditoría seleccionado tal como lo guarda el servidor</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;%1&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;%1&lt;/b&gt; of %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; de %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt; of %2 “%3”</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; de %2 «%3»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1&lt;br&gt;by %2 in %3&lt;br&gt;%4 (%5)</source>
            <translation>%1&lt;br&gt;por %2 en %3&lt;br&gt;%4 (%5)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Item id: %1</source>
            <translation>Id. del elemento: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Request id: %1</source>
            <translation>Id. de la solicitud: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Select an audit event to see what changed.</source>
            <translation>Seleccione un evento de auditoría para ver qué cambió.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditFeed</name>
        <message>
            <location filename="../services/feeds/AuditFeed.cpp" line="+274" />
            <source>Exporting the audit trail as %1…</source>
            <translation>Exportando el registro de auditoría como %1…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The export failed: %1</source>
            <translation>La exportación falló: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Writing %1…</source>
            <translation>Escribiendo %1…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not write %1: %2. Choose another folder or free some space.</source>
            <translation>No se pudo escribir %1: %2. Elija otra carpeta o libere espacio.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Exported %n row(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n fila a %1.</numerusform>
                <numerusform>Se exportaron %n filas a %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditFilterBar</name>
        <message>
            <location filename="../ui/audit/AuditFilterBar.cpp" line="+205" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply filters</source>
            <translation>Aplicar filtros</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Nobody called "%1" appears in this audit trail. Pick a person from the list, or clear the field.</source>
            <translation>Nadie llamado «%1» aparece en este registro de auditoría. Elija una persona de la lista o vacíe el campo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"Until" is before "From": choose a later end.</source>
            <translation>«Hasta» es anterior a «Desde»: elija un final posterior.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by person</source>
            <translation>Filtrar por persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anyone (type a name or e-mail)</source>
            <translation>Cualquiera (escriba un nombre o correo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by kind of item</source>
            <translation>Filtrar por tipo de elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any kind of item</source>
            <translation>Cualquier elemento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by item id</source>
            <translation>Filtrar por id. del elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any item id</source>
            <translation>Cualquier id. de elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by action</source>
            <translation>Filtrar por acción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any action</source>
            <translation>Cualquier acción</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only events from a time on</source>
            <translation>Solo eventos a partir de un momento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only events before a time</source>
            <translation>Solo eventos anteriores a un momento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From time</source>
            <translation>Desde el momento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until time</source>
            <translation>Hasta el momento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply the audit filters</source>
            <translation>Aplicar los filtros de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear filters</source>
            <translation>Limpiar filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the audit filters</source>
            <translation>Limpiar los filtros de auditoría</translation>
        </message>
        <message>
            <location line="+65" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditModel</name>
        <message>
            <location filename="../models/AuditModel.cpp" line="+101" />
            <source>system</source>
            <translation>sistema</translation>
        </message>
        <message>
            <location line="+109" />
            <source>platform</source>
            <translation>plataforma</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Actor</source>
            <translation>Autor</translation>
        </message>
        <message>
            <location line="-108" />
            <location line="+110" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Time (%1)</source>
            <translation>Hora (%1)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Entity</source>
            <translation>Entidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entity id</source>
            <translation>Id de entidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="-149" />
            <source>Create</source>
            <translation>Creación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Update</source>
            <translation>Modificación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Eliminación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reorder</source>
            <translation>Reordenación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Permissions change</source>
            <translation>Cambio de permisos</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <source>Sign-in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Sign-out</source>
            <translation>Cierre de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reused sign-in token</source>
            <translation>Token de sesión reutilizado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Demo data</source>
            <translation>Datos de demostración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflict resolved</source>
            <translation>Conflicto resuelto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflict dismissed</source>
            <translation>Conflicto descartado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resync</source>
            <translation>Resincronización</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wedding</source>
            <translation>Boda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync conflict</source>
            <translation>Conflicto de sincronización</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditPage</name>
        <message>
            <location filename="../ui/audit/AuditPage.cpp" line="+207" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export JSON…</source>
            <translation>Exportar JSON…</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Export the filtered audit trail as CSV</source>
            <translation>Exportar el registro de auditoría filtrado como CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the filtered audit trail as JSON</source>
            <translation>Exportar el registro de auditoría filtrado como JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export in progress</source>
            <translation>Exportación en curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit trail, newest first</source>
            <translation>Registro de auditoría, lo más reciente primero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The wedding's timeline, newest first, by day</source>
            <translation>La cronología de la boda, lo más reciente primero, por días</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Audit trail</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The wedding's timeline</source>
            <translation>La cronología de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wedding timeline: %1</source>
            <translation>Cronología de la boda: %1</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Offline: showing the newest cached audit events. Filters and paging need the server.</source>
            <translation>Sin conexión: se muestran los eventos de auditoría más recientes en caché. Los filtros y la paginación necesitan el servidor.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Offline: showing the newest cached audit events. %1</source>
            <translation>Sin conexión: se muestran los eventos de auditoría más recientes en caché. %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Copy event id</source>
            <translation>Copiar id. del evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy item id</source>
            <translation>Copiar id. del elemento</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Show only %1's events</source>
            <translation>Mostrar solo los eventos de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show only this item's events</source>
            <translation>Mostrar solo los eventos de este elemento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open the conflict</source>
            <translation>Abrir el conflicto</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Nothing is recorded for this item yet: it has not been changed through WedSync since it was set up.</source>
            <translation>Aún no hay nada registrado para este elemento: no se ha cambiado a través de WedSync desde que se creó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No audit events match the filters.</source>
            <translation>Ningún evento de auditoría coincide con los filtros.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 audit events</source>
            <translation>%1 de %2 eventos de auditoría</translation>
        </message>
        <message>
            <location line="+14" />
            <source>the system</source>
            <translation>el sistema</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the platform</source>
            <translation>la plataforma</translation>
        </message>
        <message>
            <location line="+8" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export no events?</source>
            <translation>¿Exportar sin eventos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No audit event matches the filters, so the file would hold no rows. Clear or change the filters first, or export the empty file anyway.</source>
            <translation>Ningún evento de auditoría coincide con los filtros, así que el archivo no tendría filas. Limpie o cambie antes los filtros, o exporte igualmente el archivo vacío.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export empty file</source>
            <translation>Exportar archivo vacío</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export the audit trail</source>
            <translation>Exportar el registro de auditoría</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditTimelineModel</name>
        <message>
            <location filename="../models/AuditTimelineModel.cpp" line="+137" />
            <source>Today, %1</source>
            <translation>Hoy, %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Yesterday, %1</source>
            <translation>Ayer, %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuthPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+211" />
            <source>&amp;Sign-in:</source>
            <translation>Acce&amp;so:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;address:</source>
            <translation>&amp;Dirección de la API:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sho&amp;w the key</source>
            <translation>&amp;Mostrar la clave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Password:</source>
            <translation>C&amp;ontraseña:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign in to the CRM</source>
            <translation>Acceso al CRM</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Sign-in add&amp;ress:</source>
            <translation>Dirección de &amp;inicio de sesión:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>T&amp;oken address:</source>
            <translation>Dirección del &amp;token:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client &amp;ID:</source>
            <translation>Id&amp;entificador de cliente:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client s&amp;ecret:</source>
            <translation>Secreto del c&amp;liente:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>only if the CRM gave one</source>
            <translation>solo si el CRM le dio uno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;cope:</source>
            <translation>Ám&amp;bito:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional, e.g. clients.read offline_access</source>
            <translation>opcional, p. ej. clients.read offline_access</translation>
        </message>
        <message>
            <location line="+43" />
            <source>%1 has no public API, so there is nothing to sign in to. This connection keeps the clients you import from its CSV export or vCard file: after Finish, choose Import a file on the Integrations screen.</source>
            <translation>%1 no tiene una API pública, así que no hay dónde iniciar sesión. Esta conexión guarda los clientes que importe desde su exportación CSV o archivo vCard: tras Terminar, elija Importar un archivo en la pantalla Integraciones.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 accepts new leads from WedSync with the API key of its inbox form. It has no API to read your existing clients: import its CSV export for those.</source>
            <translation>%1 acepta nuevos contactos de WedSync con la clave de API de su formulario de entrada. No tiene una API para leer sus clientes existentes: para ellos, importe su exportación CSV.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the credentials %1 gave you. They are sent to the WedSync server, encrypted there, and never stored on this computer.</source>
            <translation>Escriba las credenciales que le dio %1. Se envían al servidor de WedSync, se cifran allí y nunca se guardan en este equipo.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>At the CRM, register WedSync as a native (desktop) client with the redirect address %1 (any port) and PKCE; the sign-in itself is the next step.</source>
            <translation>En el CRM, registre WedSync como cliente nativo (de escritorio) con la dirección de redirección %1 (cualquier puerto) y PKCE; el inicio de sesión es el paso siguiente.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The API address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation>La dirección de la API debe ser una dirección web que empiece por https:// (o http://) y nombre su servidor, como %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The sign-in address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation>La dirección de inicio de sesión debe ser una dirección web que empiece por https:// (o http://) y nombre su servidor, como %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The token address must be a web address that starts with https:// (or http://) and names its server, such as %1.</source>
            <translation>La dirección del token debe ser una dirección web que empiece por https:// (o http://) y nombre su servidor, como %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountDialog</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountDialogs.cpp" line="+34" />
            <source>Edit %1</source>
            <translation>Cambiar %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asking the calendar server which calendars it offers…</source>
            <translation>Preguntando al servidor de calendarios qué calendarios ofrece…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The calendar server did not list its calendars (%1); the ones chosen are kept.</source>
            <translation>El servidor de calendarios no dio la lista de sus calendarios (%1); se conservan los elegidos.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The calendar server did not list its calendars: %1</source>
            <translation>El servidor de calendarios no dio la lista de sus calendarios: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountModel</name>
        <message>
            <location filename="../models/CalendarAccountModels.cpp" line="+30" />
            <source>Syncing now</source>
            <translation>Sincronizando ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sync</source>
            <translation>Última sincronización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next sync</source>
            <translation>Próxima sincronización</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountPage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="+65" />
            <source>The address is https://caldav.icloud.com/. Use your Apple ID and an app-specific password made at appleid.apple.com, not your Apple ID password.</source>
            <translation>La dirección es https://caldav.icloud.com/. Use su ID de Apple y una contraseña de aplicación creada en appleid.apple.com, no la contraseña de su ID de Apple.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The address is https://caldav.fastmail.com/. Use your Fastmail address and an app password made in Settings → Privacy &amp; Security.</source>
            <translation>La dirección es https://caldav.fastmail.com/. Use su dirección de Fastmail y una contraseña de aplicación creada en Ajustes → Privacidad y seguridad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The address is your Nextcloud's followed by /remote.php/dav/, e.g. https://cloud.example.com/remote.php/dav/. Use an app password made in Settings → Security.</source>
            <translation>La dirección es la de su Nextcloud seguida de /remote.php/dav/, p. ej. https://cloud.example.com/remote.php/dav/. Use una contraseña de aplicación creada en Ajustes → Seguridad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The address of your calendar server, e.g. https://caldav.example.com/; the calendars under it are found by themselves.</source>
            <translation>La dirección de su servidor de calendarios, p. ej. https://caldav.example.com/; los calendarios que contiene se encuentran solos.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The calendar server refused the user name or password. Check them (an app password where the provider asks for one) and test again.</source>
            <translation>El servidor de calendarios rechazó el usuario o la contraseña. Revíselos (una contraseña de aplicación si el proveedor la pide) y vuelva a probar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The calendar server could not be reached or read.</source>
            <translation>No se pudo llegar al servidor de calendarios o leerlo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The test failed: %1</source>
            <translation>La prueba falló: %1</translation>
        </message>
        <message>
            <location line="+91" />
            <source>&amp;Test connection</source>
            <translation>Probar cone&amp;xión</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Sign in to the calendar server</source>
            <translation>Inicie sesión en el servidor de calendarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The password is sent once to the WedSync server, which keeps it sealed; this console never stores it.</source>
            <translation>La contraseña se envía una vez al servidor de WedSync, que la guarda sellada; esta consola nunca la guarda.</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Account na&amp;me:</source>
            <translation>No&amp;mbre de la cuenta:</translation>
        </message>
        <message>
            <location line="-131" />
            <source>Signed in, but %1 did not list the calendars: %2</source>
            <extracomment>%1 is whose calendars: "Google" or "Outlook".</extracomment>
            <translation>Sesión iniciada, pero %1 no mostró los calendarios: %2</translation>
        </message>
        <message>
            <location line="+132" />
            <source>Server &amp;address:</source>
            <translation>&amp;Dirección del servidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App &amp;password:</source>
            <translation>Contraseña de a&amp;plicación:</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Sign in with %1</source>
            <translation>Inicie sesión con %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1's own sign-in page, in your browser: WedSync never sees your %1 password, and the access is kept sealed on the WedSync server.</source>
            <extracomment>%1 is whose sign-in page: "Google" or "Microsoft".</extracomment>
            <translation>La propia página de inicio de sesión de %1, en su navegador: WedSync nunca ve su contraseña de %1, y el acceso se guarda sellado en el servidor de WedSync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Sign in with %1</source>
            <translation>&amp;Iniciar sesión con %1</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Preparing the sign-in with %1…</source>
            <translation>Preparando el inicio de sesión con %1…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Signed in with %1. Reading your calendars…</source>
            <translation>Sesión iniciada con %1. Leyendo sus calendarios…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Signed in, but %1 offers no calendars to this account.</source>
            <translation>Sesión iniciada, pero %1 no ofrece ningún calendario a esta cuenta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed in. Calendars %1 offers: %2.</source>
            <translation>Sesión iniciada. Calendarios que ofrece %1: %2.</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Signing in to the calendar server…</source>
            <translation>Iniciando sesión en el servidor de calendarios…</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Signed in, but the server offers no calendars to this user.</source>
            <translation>Sesión iniciada, pero el servidor no ofrece ningún calendario a este usuario.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed in. Calendars the server offers: %1.</source>
            <translation>Sesión iniciada. Calendarios que ofrece el servidor: %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarAccountsPanel</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountsPanel.cpp" line="+132" />
            <source>The calendar account is disconnected.</source>
            <translation>La cuenta de calendario está desconectada.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Sign in again (re&amp;link)…</source>
            <translation>&amp;Volver a iniciar sesión…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the password the calendar server now accepts. The account keeps its calendars and what was synced.</source>
            <translation>Indique la contraseña que el servidor de calendarios acepta ahora. La cuenta conserva sus calendarios y lo sincronizado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You have no calendar accounts yet. Connect a calendar to see its events as appointments and your appointments in it.</source>
            <translation>Aún no tiene cuentas de calendario. Conecte un calendario para ver sus eventos como citas y sus citas en él.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your own calendar accounts: no one else in the organization sees them.</source>
            <translation>Sus propias cuentas de calendario: nadie más de la organización las ve.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is connected; its first sync has started.</source>
            <translation>%1 está conectada; ha empezado su primera sincronización.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is saved.</source>
            <translation>%1 está guardado.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is relinked.</source>
            <translation>%1 está vinculado de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is linked. Choose its calendars with Edit, then sync it.</source>
            <translation>%1 está vinculado. Elija sus calendarios con Cambiar y después sincronícelo.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Syncing %1…</source>
            <translation>Sincronizando %1…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: the sync ended without a log entry.</source>
            <translation>%1: la sincronización terminó sin entrada en el registro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2 — %3</source>
            <translation>%1: %2 — %3</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Disconnect calendar</source>
            <translation>Desconectar el calendario</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Disconnect</source>
            <translation>Desconectar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Also &amp;remove the events WedSync added to this calendar</source>
            <translation>&amp;Borrar también los eventos que WedSync añadió a este calendario</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Removing the events WedSync added to %1…</source>
            <translation>Borrando los eventos que WedSync añadió a %1…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The calendar account is syncing right now, so it was not disconnected. Disconnect it when the sync has finished.</source>
            <translation>La cuenta de calendario se está sincronizando ahora mismo, así que no se desconectó. Desconéctela cuando termine la sincronización.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Disconnect %1 leaving the events WedSync added in the calendar?</source>
            <translation>¿Desconectar %1 dejando en el calendario los eventos que añadió WedSync?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disconnect leaving the events?</source>
            <translation>¿Desconectar dejando los eventos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disconnect leaving the events</source>
            <translation>Desconectar dejando los eventos</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The calendar accounts could not be loaded: %1</source>
            <translation>No se pudieron cargar las cuentas de calendario: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sync log could not be loaded: %1</source>
            <translation>No se pudo cargar el registro de sincronización: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sync could not be started: %1</source>
            <translation>No se pudo iniciar la sincronización: %1</translation>
        </message>
        <message>
            <location line="-39" />
            <source>The calendar account could not be disconnected: %1</source>
            <translation>No se pudo desconectar la cuenta de calendario: %1</translation>
        </message>
        <message>
            <location line="-161" />
            <source>Sign in with %1 again in the browser. The account keeps its calendars and what was synced.</source>
            <translation>Inicie sesión con %1 de nuevo en el navegador. La cuenta conserva sus calendarios y lo sincronizado.</translation>
        </message>
        <message>
            <location line="+116" />
            <source>Disconnect %1? Its sync stops and WedSync forgets its %2 sign-in.</source>
            <translation>¿Desconectar %1? Su sincronización se detiene y WedSync olvida su inicio de sesión con %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disconnect %1? Its sync stops and WedSync forgets its password.</source>
            <translation>¿Desconectar %1? Su sincronización se detiene y WedSync olvida su contraseña.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The appointments stay in WedSync; to sync it again, connect it again with the wizard. The events WedSync added stay in the calendar unless you choose to remove them; events changed in the calendar since the last sync stay there in any case.</source>
            <translation>Las citas se quedan en WedSync; para volver a sincronizarla, conéctela de nuevo con el asistente. Los eventos que añadió WedSync se quedan en el calendario salvo que elija borrarlos; los eventos cambiados en el calendario desde la última sincronización se quedan allí en cualquier caso.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The calendar account could not be changed: %1</source>
            <translation>No se pudo cambiar la cuenta de calendario: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Co&amp;nnect a calendar…</source>
            <translation>Co&amp;nectar un calendario…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation>Ca&amp;mbiar…</translation>
        </message>
        <message>
            <location line="-219" />
            <source>Re&amp;link…</source>
            <translation>&amp;Volver a vincular…</translation>
        </message>
        <message>
            <location line="+220" />
            <source>&amp;Disconnect…</source>
            <translation>&amp;Desconectar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ync log of the chosen account</source>
            <translation>&amp;Registro de sincronización de la cuenta elegida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar accounts</source>
            <translation>Cuentas de calendario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync log</source>
            <translation>Registro de sincronización</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarChoicePage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="+27" />
            <source>Choose what to sync</source>
            <translation>Elija qué sincronizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first calendar chosen receives the appointments made in WedSync. The first sync starts when you finish.</source>
            <translation>El primer calendario elegido recibe las citas creadas en WedSync. La primera sincronización empieza al terminar.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarConnectWizard</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectWizard.cpp" line="+17" />
            <source>Connect a calendar</source>
            <translation>Conectar un calendario</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarProviderPage</name>
        <message>
            <location filename="../ui/calendar/CalendarConnectPages.cpp" line="-424" />
            <source>iCloud (CalDAV)</source>
            <translation>iCloud (CalDAV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fastmail (CalDAV)</source>
            <translation>Fastmail (CalDAV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nextcloud (CalDAV)</source>
            <translation>Nextcloud (CalDAV)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Another CalDAV server</source>
            <translation>Otro servidor CalDAV</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Choose your calendar</source>
            <translation>Elija su calendario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments and the calendar's events are kept in step with the calendar server you choose.</source>
            <translation>Las citas y los eventos del calendario se mantienen al día con el servidor de calendarios que elija.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Calendar provider:</source>
            <translation>&amp;Proveedor de calendario:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Connected with CalDAV: the server's address, your user name and an app password.</source>
            <translation>Se conecta con CalDAV: la dirección del servidor, su usuario y una contraseña de aplicación.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connected by signing in with Google in your browser: WedSync never sees your Google password. The WedSync server needs a Google client (--google-client), which its administrator sets up.</source>
            <translation>Se conecta iniciando sesión con Google en su navegador: WedSync nunca ve su contraseña de Google. El servidor de WedSync necesita un cliente de Google (--google-client), que configura su administrador.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connected by signing in with Microsoft in your browser: WedSync never sees your Microsoft password. The WedSync server needs a Microsoft app registration (--microsoft-client), which its administrator sets up.</source>
            <translation>Se conecta iniciando sesión con Microsoft en su navegador: WedSync nunca ve su contraseña de Microsoft. El servidor de WedSync necesita un registro de aplicación de Microsoft (--microsoft-client), que configura su administrador.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarRelinkDialog</name>
        <message>
            <location filename="../ui/calendar/CalendarAccountDialogs.cpp" line="+25" />
            <source>Relink %1</source>
            <translation>Vincular de nuevo %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the password %1 now accepts for %2. The account keeps its calendars and what was synced; a sync runs at once to check it.</source>
            <translation>Escriba la contraseña que %1 acepta ahora para %2. La cuenta conserva sus calendarios y lo sincronizado; se sincroniza enseguida para comprobarla.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New app &amp;password:</source>
            <translation>Nueva contraseña de a&amp;plicación:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Relink</source>
            <translation>&amp;Volver a vincular</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The account is saved with this password, but the sync failed: %1</source>
            <translation>La cuenta se guardó con esta contraseña, pero la sincronización falló: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the calendar server still refuses it.</source>
            <translation>el servidor de calendarios todavía la rechaza.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSignInDialog</name>
        <message>
            <location line="+45" />
            <source>Sign in to %1 again</source>
            <translation>Iniciar sesión de nuevo en %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Signed in, but the sync failed: %1</source>
            <translation>Sesión iniciada, pero la sincronización falló: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSyncForm</name>
        <message>
            <location filename="../ui/calendar/CalendarSyncForm.cpp" line="+38" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Ca&amp;lendars to sync:</source>
            <translation>Ca&amp;lendarios que sincronizar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When both sides &amp;changed:</source>
            <translation>Si cambian &amp;ambos lados:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync e&amp;very:</source>
            <translation>Sincronizar ca&amp;da:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <location line="+34" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarSyncLogModel</name>
        <message>
            <location filename="../models/CalendarAccountModels.cpp" line="+28" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pulled</source>
            <translation>Traídos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pushed</source>
            <translation>Enviados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarText</name>
        <message>
            <location filename="../models/CalendarText.cpp" line="+13" />
            <source>CalDAV</source>
            <translation>CalDAV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Google Calendar</source>
            <translation>Google Calendar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Microsoft Outlook</source>
            <translation>Microsoft Outlook</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not synced yet</source>
            <translation>Aún sin sincronizar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password refused</source>
            <translation>Contraseña rechazada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disconnected</source>
            <translation>Desconectado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign-in expired</source>
            <translation>Inicio de sesión caducado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not linked yet</source>
            <translation>Aún sin vincular</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 Sign in again: what was synced stays linked.</source>
            <translation>%1 Inicie sesión de nuevo: lo sincronizado sigue vinculado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The calendar server refused the password. Relink the account with the new password; what was synced stays linked.</source>
            <translation>El servidor de calendarios rechazó la contraseña. Vuelva a vincular la cuenta con la contraseña nueva; lo sincronizado sigue vinculado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The last sync failed; its errors are in the sync log.</source>
            <translation>La última sincronización falló; sus errores están en el registro de sincronización.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last sync failed: %1</source>
            <translation>La última sincronización falló: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account has not been synced yet.</source>
            <translation>Esta cuenta aún no se ha sincronizado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign in to %1 in your browser and allow WedSync to read and change your calendars' events, then come back here: WedSync notices by itself.</source>
            <translation>Inicie sesión en %1 en su navegador y permita que WedSync lea y cambie los eventos de sus calendarios; después vuelva aquí: WedSync se dará cuenta solo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-way</source>
            <translation>En ambos sentidos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Calendar events become appointments; WedSync writes nothing to the calendar.</source>
            <translation>Los eventos del calendario se convierten en citas; WedSync no escribe nada en el calendario.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointments are written to the calendar; its own events stay out of WedSync.</source>
            <translation>Las citas se escriben en el calendario; sus propios eventos se quedan fuera de WedSync.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes on either side are carried over to the other.</source>
            <translation>Los cambios de cada lado se trasladan al otro.</translation>
        </message>
        <message numerus="yes">
            <location line="+71" />
            <source>%1 is disconnected: %n event(s) WedSync added were removed from the calendar.</source>
            <translation>
                <numerusform>Se desconectó %1: se borró del calendario %n evento que había añadido WedSync.</numerusform>
                <numerusform>Se desconectó %1: se borraron del calendario %n eventos que había añadido WedSync.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n event(s) changed in the calendar since the last sync were left there.</source>
            <translation>
                <numerusform>%n evento cambiado en el calendario desde la última sincronización se quedó allí.</numerusform>
                <numerusform>%n eventos cambiados en el calendario desde la última sincronización se quedaron allí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>The calendar server could not be reached, so the events WedSync added were not all removed.</source>
            <translation>No se pudo contactar con el servidor del calendario, así que no se borraron todos los eventos que añadió WedSync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The calendar server refused the account's sign-in, so the events WedSync added were not all removed.</source>
            <translation>El servidor del calendario rechazó el inicio de sesión de la cuenta, así que no se borraron todos los eventos que añadió WedSync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The calendar server refused to remove the events WedSync added.</source>
            <translation>El servidor del calendario se negó a borrar los eventos que añadió WedSync.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n event(s) had been removed before it stopped. The account is still connected: try again later, or disconnect it leaving the events.</source>
            <translation>
                <numerusform>Se había borrado %n evento antes de que se detuviera. La cuenta sigue conectada: vuelva a intentarlo más tarde o desconéctela dejando los eventos.</numerusform>
                <numerusform>Se habían borrado %n eventos antes de que se detuviera. La cuenta sigue conectada: vuelva a intentarlo más tarde o desconéctela dejando los eventos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-86" />
            <source>WedSync wins</source>
            <translation>Gana WedSync</translation>
        </message>
        <message>
            <location line="-51" />
            <source>%1 no longer accepts this account's sign-in. Sign in again: what was synced stays linked.</source>
            <translation>%1 ya no acepta el inicio de sesión de esta cuenta. Inicie sesión de nuevo: lo sincronizado sigue vinculado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This account is not linked to %1 yet: sign in again to link it.</source>
            <translation>Esta cuenta aún no está vinculada a %1: inicie sesión de nuevo para vincularla.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The calendar wins</source>
            <translation>Gana el calendario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask me</source>
            <translation>Preguntarme</translation>
        </message>
        <message>
            <location line="+7" />
            <source>When an event changed on both sides, the appointment in WedSync is kept and written over the calendar's event.</source>
            <translation>Si un evento cambió en ambos lados, se conserva la cita de WedSync y se escribe sobre el evento del calendario.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When an event changed on both sides, the calendar's event is kept and written over the appointment in WedSync.</source>
            <translation>Si un evento cambió en ambos lados, se conserva el evento del calendario y se escribe sobre la cita de WedSync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When an event changed on both sides, nothing is overwritten: the conflict waits in the conflict center until you choose.</source>
            <translation>Si un evento cambió en ambos lados, no se sobrescribe nada: el conflicto espera en el centro de conflictos hasta que usted elija.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Running</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pulled %1, pushed %2, conflicts %3</source>
            <translation>Traídos %1, enviados %2, conflictos %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1. Error: %2</source>
            <translation>%1. Error: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1. Errors: %2 (and %3 more in the sync log)</source>
            <translation>%1. Errores: %2 (y %3 más en el registro de sincronización)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CalendarsPage</name>
        <message>
            <location filename="../ui/calendar/CalendarsPage.cpp" line="+81" />
            <source>Calendars</source>
            <translation>Calendarios</translation>
        </message>
        <message>
            <location line="+96" />
            <source>The agenda could not be loaded: %1</source>
            <translation>No se pudo cargar la agenda: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose an organization in the switcher above to see its agenda.</source>
            <translation>Elija una organización en el selector de arriba para ver su agenda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the agenda as last seen. %1</source>
            <translation>Sin conexión: se muestra la agenda tal como se vio por última vez. %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the agenda as last seen.</source>
            <translation>Sin conexión: se muestra la agenda tal como se vio por última vez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No appointments from last week on. The wedding days of the organization's weddings and the appointments planners add appear here.</source>
            <translation>No hay citas desde la semana pasada. Aquí aparecen los días de boda de las bodas de la organización y las citas que añaden los organizadores.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No appointments for this wedding from last week on.</source>
            <translation>No hay citas de esta boda desde la semana pasada.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Agenda of the organization</source>
            <translation>Agenda de la organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda of the wedding</source>
            <translation>Agenda de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calendar acco&amp;unts</source>
            <translation>C&amp;uentas de calendario</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CellConflictDialog</name>
        <message>
            <location filename="../ui/permissions/CellConflictDialog.cpp" line="+26" />
            <source>allowed</source>
            <translation>permitido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not allowed</source>
            <translation>no permitido</translation>
        </message>
        <message>
            <location line="+5" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Permissions of %1 changed meanwhile</source>
            <translation>Los permisos de %1 cambiaron entretanto</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Someone else saved the permissions of %1 after you started editing. Choose, for each cell you both changed, which value to keep.</source>
            <translation>Otra persona guardó los permisos de %1 después de que usted empezara a editarlos. Para cada celda que ambos cambiaron, elija qué valor conservar.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Permission</source>
            <translation>Permiso</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+13" />
            <source>Yours</source>
            <translation>El suyo</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>Theirs</source>
            <translation>El de la otra persona</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Keep for %1, %2</source>
            <translation>Conservar para %1, %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Apply choices</source>
            <translation>Aplicar elecciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep all &amp;mine</source>
            <translation>Conservar todos los &amp;míos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take all &amp;theirs</source>
            <translation>Tomar todos los de la &amp;otra persona</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ClientFields</name>
        <message>
            <location filename="../core/ClientFields.cpp" line="+33" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner's first name</source>
            <translation>Nombre de la pareja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner's last name</source>
            <translation>Apellidos de la pareja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner's e-mail</source>
            <translation>Correo electrónico de la pareja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mobile</source>
            <translation>Móvil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 1</source>
            <translation>Dirección (línea 1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address line 2</source>
            <translation>Dirección (línea 2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region or state</source>
            <translation>Región o provincia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wedding date</source>
            <translation>Fecha de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>Lugar de celebración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guest count</source>
            <translation>Número de invitados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead source</source>
            <translation>Origen del contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>As it is</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trim spaces</source>
            <translation>Quitar espacios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower case</source>
            <translation>minúsculas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UPPER CASE</source>
            <translation>MAYÚSCULAS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title Case</source>
            <translation>Cada Palabra En Mayúscula</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone number (international)</source>
            <translation>Número de teléfono (internacional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Split a full name</source>
            <translation>Dividir un nombre completo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Join first and last name</source>
            <translation>Unir nombre y apellidos</translation>
        </message>
        <message>
            <location line="+105" />
            <source>%1 is not a phone number; write it with digits, spaces and dashes only, e.g. +44 7700 900123.</source>
            <translation>%1 no es un número de teléfono; escríbalo solo con dígitos, espacios y guiones, p. ej., +44 7700 900123.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 has no country code; start it with + or set a default country calling code for this column.</source>
            <translation>%1 no tiene prefijo de país; empiece por + o defina un prefijo de país predeterminado para esta columna.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 is not a full North American number; it needs ten digits with the area code.</source>
            <translation>%1 no es un número norteamericano completo; necesita diez dígitos con el código de área.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 does not start with a country code (no country code begins with 0).</source>
            <translation>%1 no empieza por un prefijo de país (ningún prefijo de país empieza por 0).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is too short to be a phone number.</source>
            <translation>%1 es demasiado corto para ser un número de teléfono.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is too long to be a phone number (15 digits at most with the country code).</source>
            <translation>%1 es demasiado largo para ser un número de teléfono (15 dígitos como máximo con el prefijo de país).</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Choose the client field to fill.</source>
            <translation>Elija el campo del cliente que se va a rellenar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a custom field name; after “custom.” use 1 to 40 lower-case letters, digits or _, e.g. custom.shoe_size.</source>
            <translation>%1 no es un nombre de campo personalizado; después de «custom.» use de 1 a 40 letras minúsculas, dígitos o _, p. ej., custom.shoe_size.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a client field; use a standard field such as email or wedding_date, or custom.&lt;name&gt;.</source>
            <translation>%1 no es un campo de cliente; use un campo estándar como email o wedding_date, o custom.&lt;nombre&gt;.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Custom: %1</source>
            <translation>Personalizado: %1</translation>
        </message>
        <message>
            <location line="+151" />
            <source>%1 is not a date in the form yyyy-MM-dd; set the date format of this column, e.g. dd/MM/yyyy.</source>
            <translation>%1 no es una fecha con el formato yyyy-MM-dd; indique el formato de fecha de esta columna, p. ej., dd/MM/yyyy.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not a date in the form %2.</source>
            <translation>%1 no es una fecha con el formato %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location line="+17" />
            <source>The argument is longer than 100 characters.</source>
            <translation>El argumento supera los 100 caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a date format with a day, a month and a year, such as dd/MM/yyyy or MM/dd/yyyy.</source>
            <translation>%1 no es un formato de fecha con día, mes y año, como dd/MM/yyyy o MM/dd/yyyy.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is not a country calling code; use 1 to 3 digits such as 44 or 1.</source>
            <translation>%1 no es un prefijo telefónico de país; use de 1 a 3 dígitos, como 44 o 1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Splitting a name fills name fields; choose first name, last name, full name or a partner's name as the target.</source>
            <translation>Dividir un nombre rellena campos de nombre; elija como destino el nombre, los apellidos, el nombre completo o un nombre de la pareja.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Joining names needs a second column: name the column with the last name as the argument.</source>
            <translation>Unir nombres requiere una segunda columna: indique como argumento la columna de los apellidos.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ClientRecord</name>
        <message>
            <location filename="../core/ClientRecord.cpp" line="+147" />
            <source>The client has neither an e-mail address nor a name.</source>
            <translation>El cliente no tiene ni dirección de correo electrónico ni nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 supera los %2 caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an e-mail address.</source>
            <translation>%1 no es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a date in the form yyyy-MM-dd.</source>
            <translation>%1 no es una fecha con el formato yyyy-MM-dd.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not a whole number of guests.</source>
            <translation>%1 no es un número entero de invitados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is not an amount such as 12500.00.</source>
            <translation>%1 no es un importe como 12500.00.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Must be a string.</source>
            <translation>Debe ser una cadena de texto.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The client's fields could not be read.</source>
            <translation>No se han podido leer los campos del cliente.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CommandLine</name>
        <message>
            <location filename="../app/CommandLine.cpp" line="+21" />
            <source>Sign in to the server at URL instead of the built-in one.</source>
            <translation>Iniciar sesión en el servidor de URL en lugar del integrado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Use the settings and caches of profile NAME.</source>
            <translation>Usar los ajustes y las cachés del perfil NOMBRE.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Render every screen to PNG files in DIR and exit.</source>
            <translation>Generar cada pantalla como archivo PNG en DIR y salir.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Speak LANG (en or es).</source>
            <translation>Usar el idioma LANG (en o es).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show this help.</source>
            <translation>Mostrar esta ayuda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the version.</source>
            <translation>Mostrar la versión.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WedSync Admin: the administration console of WedSync. Without --server it starts the built-in server (wedsync-server) on this computer.</source>
            <translation>WedSync Admin: la consola de administración de WedSync. Sin --server inicia el servidor integrado (wedsync-server) en este equipo.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Unexpected argument: %1</source>
            <translation>Argumento inesperado: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--server needs an http:// or https:// URL, not "%1".</source>
            <translation>--server necesita una URL http:// o https://, no «%1».</translation>
        </message>
        <message>
            <location line="+12" />
            <source>--language must be en or es, not "%1".</source>
            <translation>--language debe ser en o es, no «%1».</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ComplianceText</name>
        <message>
            <location filename="../models/ComplianceText.cpp" line="+15" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revision required</source>
            <translation>Revisión pedida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Legacy</source>
            <translation>Heredado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Basic</source>
            <translation>Básico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Premier</source>
            <translation>Premier</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation>Fotógrafo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Inactive: no tier advancement.</source>
            <translation>Inactivo: no sube de nivel.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Highest tier reached.</source>
            <translation>Ya está en el nivel más alto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Eligible for %1: an admin can switch the tier.</source>
            <translation>Puede pasar a %1: un administrador puede cambiar el nivel.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n more approval(s)</source>
            <translation>
                <numerusform>%n aprobación más</numerusform>
                <numerusform>%n aprobaciones más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs %1 and %2 for %3.</source>
            <translation>Le faltan %1 y %2 para %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs %1 for %2.</source>
            <translation>Le faltan %1 para %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Needs %n more point(s) for %1.</source>
            <translation>
                <numerusform>Le falta %n punto más para %1.</numerusform>
                <numerusform>Le faltan %n puntos más para %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Due today</source>
            <translation>Vence hoy</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Vencido hace %n día</numerusform>
                <numerusform>Vencido hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due %1</source>
            <translation>Vence el %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: “%2”</source>
            <translation>%1: «%2»</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of %2 approved · %3 of %4 points</source>
            <translation>%1 de %2 aprobados · %3 de %4 puntos</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConditionsEditor</name>
        <message>
            <location filename="../ui/layout/ConditionsEditor.cpp" line="+44" />
            <source>Only people with access to the wedding</source>
            <translation>Solo con acceso a la boda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only within a time window</source>
            <translation>Solo en un periodo de tiempo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No minimum</source>
            <translation>Sin mínimo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Custom field name, e.g. venue_type</source>
            <translation>Nombre del campo personalizado, p. ej. venue_type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>equals</source>
            <translation>es igual a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contains</source>
            <translation>contiene</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window start</source>
            <translation>Inicio del intervalo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Window end</source>
            <translation>Fin del intervalo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Minimum role</source>
            <translation>Rol mínimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field</source>
            <translation>Campo personalizado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigDocumentModel</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="+208" />
            <source>The field “%1” cannot be written there: another field holds a value on its way.</source>
            <translation>El campo «%1» no se puede escribir ahí: otro campo tiene un valor en su camino.</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigEditPanel</name>
        <message>
            <location filename="../ui/config/ConfigEditPanel.cpp" line="+110" />
            <source>Saved as version %1.</source>
            <translation>Guardado como versión %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Proposed: “%1”. Another admin approves or rejects it on the Change requests tab; until then the settings stay as they are.</source>
            <translation>Propuesto: «%1». Otro administrador lo aprueba o rechaza en la pestaña Solicitudes de cambio; hasta entonces los ajustes siguen como están.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Someone else changed these settings meanwhile (now version %1). Your edits were not saved; reload to see their change, then edit again.</source>
            <translation>Otra persona cambió estos ajustes mientras tanto (ahora versión %1). Sus cambios no se guardaron; recargue para ver el cambio y vuelva a editar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed these settings meanwhile. Your edits were not saved; reload to see their change, then edit again.</source>
            <translation>Otra persona cambió estos ajustes mientras tanto. Sus cambios no se guardaron; recargue para ver el cambio y vuelva a editar.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>These settings changed elsewhere (now version %1) while you edit; saving will be refused. Reload to start from the new version.</source>
            <translation>Estos ajustes cambiaron en otro lugar (ahora versión %1) mientras edita; se rechazará el guardado. Recargue para partir de la versión nueva.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>The settings were not saved: %1</source>
            <translation>Los ajustes no se guardaron: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The change was not proposed: %1</source>
            <translation>El cambio no se propuso: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The fields in question say why, in the Problem column.</source>
            <translation>Los campos afectados dicen por qué, en la columna Problema.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Choose a level and a setting type above.</source>
            <translation>Elija arriba un nivel y un tipo de ajuste.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This level sets nothing of its own yet: every value comes from above. Add a field to set one here.</source>
            <translation>Este nivel aún no fija nada propio: cada valor viene de arriba. Añada un campo para fijar uno aquí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What this level sets itself (version %1). Double-click a field or value to change it; a value is text, a number, true/false or JSON.</source>
            <translation>Lo que fija este nivel (versión %1). Haga doble clic en un campo o valor para cambiarlo; un valor es texto, un número, true/false o JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Own settings</source>
            <translation>Ajustes propios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add field</source>
            <translation>Aña&amp;dir campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move field</source>
            <translation>&amp;Quitar campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ummary of the change:</source>
            <translation>&amp;Resumen del cambio:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What changed and why (shown in the history)</source>
            <translation>Qué cambió y por qué (se muestra en el historial)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Propose for approval</source>
            <translation>&amp;Proponer para aprobación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reloa&amp;d</source>
            <translation>Rec&amp;argar</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigFieldModel</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="-273" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="-14" />
            <source>What the platform sets itself (bold: the value in effect).</source>
            <translation>Lo que fija la propia plataforma (en negrita: el valor vigente).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The platform sets nothing here.</source>
            <translation>La plataforma no fija nada aquí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the organization sets itself (bold: the value in effect).</source>
            <translation>Lo que fija la propia organización (en negrita: el valor vigente).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The organization sets nothing here.</source>
            <translation>La organización no fija nada aquí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the member sets themselves (bold: the value in effect).</source>
            <translation>Lo que fija el propio miembro (en negrita: el valor vigente).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The member sets nothing here.</source>
            <translation>El miembro no fija nada aquí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why this value</source>
            <translation>Por qué este valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Effective</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+60" />
            <source>%1 (held back)</source>
            <translation>%1 (retenido)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigHistoryModel</name>
        <message>
            <location line="+18" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+26" />
            <source>WedSync (automatic)</source>
            <translation>WedSync (automático)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(a removed account)</source>
            <translation>(una cuenta eliminada)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigHistoryPanel</name>
        <message>
            <location filename="../ui/config/ConfigHistoryPanel.cpp" line="+88" />
            <source>&amp;Differences from version %1 to version %2:</source>
            <translation>&amp;Diferencias de la versión %1 a la versión %2:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing changed between these versions.</source>
            <translation>Nada cambió entre estas versiones.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rolled back: the settings are now version %1. Roll forward by rolling back to the version before it.</source>
            <translation>Revertido: los ajustes son ahora la versión %1. Para deshacerlo, vuelva a la versión anterior a ella.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rollback failed: %1</source>
            <translation>No se pudo volver atrás: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The versions could not be compared: %1</source>
            <translation>No se pudieron comparar las versiones: %1</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Version %1 is the current one already.</source>
            <translation>La versión %1 ya es la actual.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Roll back the settings</source>
            <translation>Volver atrás los ajustes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make these settings equal to version %1 again? This is saved as a new version %2; rolling back to version %3 later undoes it.</source>
            <translation>¿Dejar estos ajustes otra vez como la versión %1? Se guarda como una nueva versión %2; volver después a la versión %3 lo deshace.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Roll back</source>
            <translation>Volver atrás</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Every version of this level's own settings, newest first. Select one to compare it with the one before, or two to compare them.</source>
            <translation>Cada versión de los ajustes propios de este nivel, de la más reciente a la más antigua. Elija una para compararla con la anterior, o dos para compararlas entre sí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load &amp;more</source>
            <translation>Cargar &amp;anteriores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Com&amp;pare</source>
            <translation>Com&amp;parar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll back to this version</source>
            <translation>Volve&amp;r a esta versión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Differences:</source>
            <translation>&amp;Diferencias:</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigModels</name>
        <message>
            <location filename="../models/ConfigModels.cpp" line="-139" />
            <source>“%1” was set to “%2”.</source>
            <translation>«%1» se fijó en «%2».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” was removed (it was “%2”).</source>
            <translation>«%1» se quitó (era «%2»).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“%1” changed from “%2” to “%3”.</source>
            <translation>«%1» cambió de «%2» a «%3».</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigPermissionTemplate</name>
        <message>
            <location filename="../core/ConfigPermissionTemplate.cpp" line="+14" />
            <source>There is no permission template “%1”.</source>
            <translation>No existe la plantilla de permisos «%1».</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigProvenance</name>
        <message>
            <location filename="../core/ConfigResolverJson.cpp" line="+63" />
            <source>This value is not known.</source>
            <translation>Este valor es desconocido.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The explanation of a setting could not be read; see details.fields.</source>
            <translation>No se pudo leer la explicación de un ajuste; consulte details.fields.</translation>
        </message>
        <message>
            <location filename="../core/ConfigProvenance.cpp" line="+27" />
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Set by %1.</source>
            <translation>Definido por %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inherited from %1; nothing closer sets this field.</source>
            <translation>Heredado de %1; ninguna capa más cercana define este campo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set by %1; no sync rule decides this setting here, so the closest value applies.</source>
            <translation>Definido por %1; aquí ninguna regla de sincronización decide este ajuste, así que se aplica el valor más cercano.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: under rule “%2” (%3) its value wins.</source>
            <translation>Definido por %1: con la regla «%2» (%3) gana su valor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: rule “%2” lets %3 win, but %3 does not set this field.</source>
            <translation>Definido por %1: la regla «%2» da prioridad a %3, pero %3 no define este campo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: under rule “%2” (%3) the closest layer's value applies here.</source>
            <translation>Definido por %1: con la regla «%2» (%3) aquí se aplica el valor de la capa más cercana.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set by %1: rule “%2” merges, and the layer above has not changed this field since, so the customization stays.</source>
            <translation>Definido por %1: la regla «%2» combina, y la capa superior no ha cambiado este campo desde entonces, así que la personalización se mantiene.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Set by %1: rule “%2” merges, and nothing closer customized this field.</source>
            <translation>Definido por %1: la regla «%2» combina, y ninguna capa más cercana personalizó este campo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Set by %1: rule “%2” merges, and %1 changed this field after it was customized, so the change from above wins.</source>
            <translation>Definido por %1: la regla «%2» combina, y %1 cambió este campo después de que se personalizara, así que gana el cambio de la capa superior.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kept from the last sync with %1.</source>
            <translation>Conservado de la última sincronización con %1.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The organization opted out of rule “%1”.</source>
            <translation>La organización se excluyó de la regla «%1».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The organization opted out of updates to %1.</source>
            <translation>La organización se excluyó de las actualizaciones de %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rule “%1” waits for an administrator to approve changes.</source>
            <translation>La regla «%1» espera a que un administrador apruebe los cambios.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>It overrides a secret set by %1.</source>
            <translation>Prevalece sobre un secreto definido por %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It overrides the value %1 set by %2.</source>
            <translation>Prevalece sobre el valor %1 definido por %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The layer above now has another secret; it is not applied here.</source>
            <translation>La capa superior tiene ahora otro secreto; aquí no se aplica.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The layer above now has %1; it is not applied here.</source>
            <translation>La capa superior tiene ahora %1; aquí no se aplica.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigRequestsPanel</name>
        <message>
            <location filename="../ui/config/ConfigRequestsPanel.cpp" line="+85" />
            <source>Rejected: “%1”.</source>
            <translation>Rechazada: «%1».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved and applied: “%1” is now version %2.</source>
            <translation>Aprobada y aplicada: «%1» es ahora la versión %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The opt-outs were saved.</source>
            <translation>Las exclusiones se guardaron.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not decided: %1</source>
            <translation>No se decidió: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The opt-outs were not changed: %1</source>
            <translation>Las exclusiones no se cambiaron: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>another admin</source>
            <translation>otro administrador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>waiting for approval</source>
            <translation>esperando aprobación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>approved by %1</source>
            <translation>aprobada por %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>rejected by %1</source>
            <translation>rechazada por %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a removed account</source>
            <translation>una cuenta eliminada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — %2, proposed by %3 (%4, %5)</source>
            <translation>%1 — %2, propuesta por %3 (%4, %5)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Choose a change request to see what it changes.</source>
            <translation>Elija una solicitud de cambio para ver qué cambia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rejected: it changed nothing.</source>
            <translation>Rechazada: no cambió nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Applied as version %1; the Versions tab compares it with the one before.</source>
            <translation>Aplicada como versión %1; la pestaña Versiones la compara con la anterior.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose “%1” as the setting type to see what it changes.</source>
            <translation>Elija «%1» como tipo de ajuste para ver qué cambia.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>It was proposed on version %1 and the settings are now version %2, so approving it will be refused: reject it and propose the change again.</source>
            <translation>Se propuso sobre la versión %1 y los ajustes ya son la versión %2, así que su aprobación se rechazará: recházela y proponga el cambio de nuevo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Approving it changes version %1 like this:</source>
            <translation>Aprobarla cambia la versión %1 así:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing: it proposes the settings as they are.</source>
            <translation>Nada: propone los ajustes tal como están.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Decline every platform change to %1</source>
            <translation>Rechazar todo cambio de la plataforma en %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Decline the rule “%1”</source>
            <translation>Rechazar la regla «%1»</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Decline “%1”? Changes the platform makes there no longer reach this organization until you accept them again.</source>
            <translation>¿Rechazar «%1»? Los cambios que haga ahí la plataforma dejan de llegar a esta organización hasta que vuelva a aceptarlos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accept “%1” again? The platform's current values take effect here.</source>
            <translation>¿Aceptar «%1» de nuevo? Los valores actuales de la plataforma se aplican aquí.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the opt-outs</source>
            <translation>Cambiar las exclusiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decline</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Accept again</source>
            <translation>Aceptar de nuevo</translation>
        </message>
        <message>
            <location line="+52" />
            <source>A member's own settings have no change requests.</source>
            <translation>Los ajustes propios de un miembro no tienen solicitudes de cambio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;requests of this level, newest first. Another admin approves or rejects each; its author cannot.</source>
            <translation>Solicitudes de cambio de este nive&amp;l, de la más reciente a la más antigua. Otro administrador aprueba o rechaza cada una; su autor no puede.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;ject</source>
            <translation>Rec&amp;hazar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opt-outs of this organization</source>
            <translation>Exclusiones de esta organización</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSyncRule</name>
        <message>
            <location filename="../core/ConfigSyncRule.cpp" line="-82" />
            <source>Sign-in and SSO</source>
            <translation>Inicio de sesión y SSO</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Permission templates</source>
            <translation>Plantillas de permisos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location filename="../core/ConfigSyncRule.cpp" line="+175" />
            <source>Listed twice.</source>
            <translation>Aparece dos veces.</translation>
        </message>
        <message>
            <location line="-3" />
            <location filename="../core/ConfigSyncRuleJson.cpp" line="+37" />
            <source>Must be one of: rbac, modules, auth, notifications, mfa, business_type.</source>
            <translation>Debe ser uno de estos: rbac, modules, auth, notifications, mfa, business_type.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The opt-outs have problems; see details.fields.</source>
            <translation>Las exclusiones tienen problemas; consulte details.fields.</translation>
        </message>
        <message>
            <location filename="../core/ConfigSyncRule.cpp" line="-89" />
            <source>Platform wins</source>
            <translation>Gana la plataforma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization wins</source>
            <translation>Gana la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User wins</source>
            <translation>Gana el usuario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merge</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation>Debe empezar por a-z y usar solo a-z, 0-9 y _ (64 como máximo).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must be at most %1 characters long.</source>
            <translation>Debe tener como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Must not contain control characters or line breaks.</source>
            <translation>No debe contener caracteres de control ni saltos de línea.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name at least one event that triggers the rule.</source>
            <translation>Indique al menos un evento que active la regla.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 events.</source>
            <translation>Como máximo %1 eventos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Must read %1.&lt;object&gt;.&lt;action&gt; in a-z, 0-9 and _, such as %1.config.update.</source>
            <translation>Debe tener la forma %1.&lt;objeto&gt;.&lt;acción&gt; con a-z, 0-9 y _, como %1.config.update.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the organization, its users or both.</source>
            <translation>Elija la organización, sus usuarios o ambos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A rule flows down from the platform; it cannot target it.</source>
            <translation>Una regla baja desde la plataforma; no puede aplicarse a ella.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only down is supported: configuration flows from the platform to organizations and their users.</source>
            <translation>Solo se admite down: la configuración baja de la plataforma a las organizaciones y sus usuarios.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Another rule has this id.</source>
            <translation>Otra regla tiene este id.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another rule already decides %1 for %2.</source>
            <translation>Otra regla ya decide %1 para %2.</translation>
        </message>
        <message>
            <location filename="../core/ConfigSyncRuleJson.cpp" line="-16" />
            <source>The sync rule has problems; see details.fields.</source>
            <translation>La regla de sincronización tiene problemas; consulte details.fields.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Must be tenant or user.</source>
            <translation>Debe ser tenant o user.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Must be one of: platform_wins, tenant_wins, user_wins, merge.</source>
            <translation>Debe ser uno de estos: platform_wins, tenant_wins, user_wins, merge.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>At most %1 sync rules.</source>
            <translation>Como máximo %1 reglas de sincronización.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each rule must be an object.</source>
            <translation>Cada regla debe ser un objeto.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigurationPage</name>
        <message>
            <location filename="../ui/config/ConfigurationPage.cpp" line="+139" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The settings changed elsewhere; showing the new values.</source>
            <translation>Los ajustes cambiaron en otro lugar; se muestran los valores nuevos.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This organization</source>
            <translation>Esta organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A member</source>
            <translation>Un miembro</translation>
        </message>
        <message>
            <location line="+143" />
            <source>“%1” keeps “%2”; the platform now says “%3”.</source>
            <translation>«%1» conserva «%2»; la plataforma dice ahora «%3».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Where this organization deviates from the platform (declined or waiting for approval):</source>
            <translation>Dónde se aparta esta organización de la plataforma (rechazado o esperando aprobación):</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+27" />
            <source>The settings could not be loaded: %1</source>
            <translation>No se pudieron cargar los ajustes: %1</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Read-only: a member's own settings are theirs to change; here you see what they get and why.</source>
            <translation>Solo lectura: los ajustes propios de un miembro los cambia él; aquí ve lo que recibe y por qué.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Choose an organization in the switcher above to see its settings.</source>
            <translation>Elija una organización en el selector de arriba para ver sus ajustes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This organization has no members to show.</source>
            <translation>Esta organización no tiene miembros que mostrar.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Level:</source>
            <translation>&amp;Nivel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Membe&amp;r:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Setting &amp;type:</source>
            <translation>&amp;Tipo de ajuste:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;ffective values</source>
            <translation>Valores e&amp;fectivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ow&amp;n settings</source>
            <translation>A&amp;justes propios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Versions</source>
            <translation>&amp;Versiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change re&amp;quests</source>
            <translation>Solicit&amp;udes de cambio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing of this type is set at any level yet: the platform, this organization and its members all use WedSync's defaults. Set a value on the Own settings tab.</source>
            <translation>Todavía no hay nada de este tipo fijado en ningún nivel: la plataforma, esta organización y sus miembros usan los valores predeterminados de WedSync. Fije un valor en la pestaña Ajustes propios.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What each level sets itself, side by side, and the value in effect here (version %1 of this level's own settings): who set it and why.</source>
            <translation>Lo que fija cada nivel, lado a lado, y el valor vigente aquí (versión %1 de la configuración propia de este nivel): quién lo fijó y por qué.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What each level sets itself, side by side, and the value in effect here: who set it and why.</source>
            <translation>Lo que fija cada nivel, lado a lado, y el valor vigente aquí: quién lo fijó y por qué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Effective values</source>
            <translation>Valores efectivos</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigureDialog</name>
        <message>
            <location filename="../ui/integrations/ConfigureDialog.cpp" line="+33" />
            <source>Configure %1</source>
            <translation>Configurar %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Someone changed this connection meanwhile. Close this window and open it again to start from their change.</source>
            <translation>Alguien cambió esta conexión mientras tanto. Cierre esta ventana y ábrala de nuevo para partir de su cambio.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictDetailPane</name>
        <message>
            <location filename="../ui/conflicts/ConflictDetailPane.cpp" line="+238" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="-55" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <location line="+91" />
            <source>“%1” is not a value this field can take. Type it as JSON, for example ["admin", "coordinator"] for a list, 6 for a number.</source>
            <translation>«%1» no es un valor que este campo admita. Escríbalo como JSON, por ejemplo ["admin", "coordinator"] para una lista o 6 para un número.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Choose a conflict in the list above.</source>
            <translation>Elija un conflicto en la lista de arriba.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Applying… waiting for the server.</source>
            <translation>Aplicando… esperando al servidor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing to choose: the changes merge by themselves.</source>
            <translation>No hay nada que elegir: los cambios se combinan solos.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1 of %n field(s) chosen</source>
            <translation>
                <numerusform>%1 de %n campo elegido</numerusform>
                <numerusform>%1 de %n campos elegidos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Apply the merge</source>
            <translation>&amp;Aplicar la combinación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Apply the merged result</source>
            <translation>&amp;Aplicar el resultado combinado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Apply (choose every field first)</source>
            <translation>&amp;Aplicar (elija antes cada campo)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Or type a value of your own</source>
            <translation>O escriba un valor propio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value of your own for the selected field</source>
            <translation>Valor propio para el campo seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use value</source>
            <translation>&amp;Usar valor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>U&amp;ndo choice</source>
            <translation>&amp;Deshacer elección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Redo choice</source>
            <translation>Rehacer elección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dismiss…</source>
            <translation>Descar&amp;tar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the conflict without changing anything</source>
            <translation>Cerrar el conflicto sin cambiar nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields of the conflict</source>
            <translation>Campos del conflicto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No conflict selected</source>
            <translation>Ningún conflicto seleccionado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>an unknown time</source>
            <translation>una hora desconocida</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The version both started from is unknown, so every difference is shown as a conflict.</source>
            <translation>Se desconoce la versión de la que partieron ambos, así que cada diferencia se muestra como conflicto.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This edit was made in this console and never reached the server.</source>
            <translation>Esta edición se hizo en esta consola y nunca llegó al servidor.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictListModel</name>
        <message>
            <location filename="../models/ConflictListModel.cpp" line="+69" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Offline edit</source>
            <translation>Edición sin conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Concurrent save</source>
            <translation>Guardado simultáneo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CRM sync</source>
            <translation>Sincronización CRM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calendar sync</source>
            <translation>Sincronización de calendario</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This console's outbox</source>
            <translation>Bandeja de salida de esta consola</translation>
        </message>
        <message>
            <location line="+7" />
            <source>just now</source>
            <translation>ahora mismo</translation>
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
            <translation>ninguno (se combina solo)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 (this console)</source>
            <translation>%1 (esta consola)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Entity</source>
            <translation>Entidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fields in conflict</source>
            <translation>Campos en conflicto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refused change</source>
            <translation>Cambio rechazado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change on the server</source>
            <translation>Cambio en el servidor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting</source>
            <translation>Espera</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictMergeModel</name>
        <message>
            <location filename="../models/ConflictMergeModel.cpp" line="+146" />
            <source>Clear the choice for %1</source>
            <translation>Quitar la elección de %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Set %1</source>
            <translation>Fijar %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The merged section is not valid.</source>
            <translation>La sección combinada no es válida.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(absent)</source>
            <translation>(ausente)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="-9" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Both changed it alike: merged</source>
            <translation>Ambos lo cambiaron igual: combinado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Both changed it differently: choose</source>
            <translation>Ambos lo cambiaron de forma distinta: elija</translation>
        </message>
        <message>
            <location line="+62" />
            <source>(unknown)</source>
            <translation>(desconocido)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose…</source>
            <translation>Elija…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before both</source>
            <translation>Antes de ambos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictResolutions</name>
        <message>
            <location filename="../services/conflicts/ConflictResolutions.cpp" line="+76" />
            <source>Kept the refused change to %1.</source>
            <translation>Se aplicó el cambio rechazado a %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kept the server's %1.</source>
            <translation>Se mantuvo %1 del servidor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved the merged %1.</source>
            <translation>Se guardó %1 combinado.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Dismissed the conflict on %1; nothing was changed.</source>
            <translation>Se descartó el conflicto de %1; no se cambió nada.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Someone else closed this conflict first.</source>
            <translation>Otra persona cerró este conflicto antes.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictSides</name>
        <message>
            <location filename="../models/ConflictSides.cpp" line="+29" />
            <source>Refused change</source>
            <translation>Cambio rechazado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In WedSync</source>
            <translation>En WedSync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the server</source>
            <translation>En el servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the CRM</source>
            <translation>En el CRM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In the calendar</source>
            <translation>En el calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep re&amp;fused</source>
            <translation>Mantener el &amp;rechazado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep WedS&amp;ync's</source>
            <translation>Mantener el de WedS&amp;ync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Use the value of the change the server refused for this field</source>
            <translation>Usar en este campo el valor del cambio que el servidor rechazó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use WedSync's value for this field</source>
            <translation>Usar en este campo el valor de WedSync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep ser&amp;ver's</source>
            <translation>Mantener el del &amp;servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the CR&amp;M's</source>
            <translation>Mantener el del CR&amp;M</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the ca&amp;lendar's</source>
            <translation>Mantener el del ca&amp;lendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Use the value the server has now for this field</source>
            <translation>Usar en este campo el valor que tiene ahora el servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the CRM's value for this field</source>
            <translation>Usar en este campo el valor del CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the calendar's value for this field</source>
            <translation>Usar en este campo el valor del calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All refused</source>
            <translation>Todo lo rechazado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All WedSync's</source>
            <translation>Todo lo de WedSync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the refused change's value for every field in conflict</source>
            <translation>Elegir el valor del cambio rechazado en cada campo en conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Choose WedSync's value for every field in conflict</source>
            <translation>Elegir el valor de WedSync en cada campo en conflicto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All server's</source>
            <translation>Todo lo del servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All the CRM's</source>
            <translation>Todo lo del CRM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>All the calendar's</source>
            <translation>Todo lo del calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the server's value for every field in conflict</source>
            <translation>Elegir el valor del servidor en cada campo en conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the CRM's value for every field in conflict</source>
            <translation>Elegir el valor del CRM en cada campo en conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the calendar's value for every field in conflict</source>
            <translation>Elegir el valor del calendario en cada campo en conflicto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep the &amp;refused change</source>
            <translation>Aplicar el cambio rec&amp;hazado</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Keep &amp;WedSync's version</source>
            <translation>Conservar la versión de &amp;WedSync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep the &amp;server's version</source>
            <translation>Conservar la &amp;versión del servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the &amp;CRM's version</source>
            <translation>Conservar la versión del &amp;CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the &amp;calendar's version</source>
            <translation>Conservar la versión del &amp;calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep the refused %1</source>
            <translation>Mantener %1 rechazado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep WedSync's %1</source>
            <translation>Mantener %1 de WedSync</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep the server's %1</source>
            <translation>Mantener %1 del servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the CRM's %1</source>
            <translation>Mantener %1 del CRM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the calendar's %1</source>
            <translation>Mantener %1 del calendario</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Keep every refused value</source>
            <translation>Mantener todos los valores rechazados</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Keep every value in WedSync</source>
            <translation>Mantener todos los valores de WedSync</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep every value on the server</source>
            <translation>Mantener todos los valores del servidor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep every value in the CRM</source>
            <translation>Mantener todos los valores del CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep every value in the calendar</source>
            <translation>Mantener todos los valores del calendario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only the refused change touched it: merged</source>
            <translation>Solo lo tocó el cambio rechazado: combinado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only WedSync changed it: merged</source>
            <translation>Solo lo cambió WedSync: combinado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only the server's change touched it: merged</source>
            <translation>Solo lo tocó el cambio del servidor: combinado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the CRM changed it: merged</source>
            <translation>Solo lo cambió el CRM: combinado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only the calendar changed it: merged</source>
            <translation>Solo lo cambió el calendario: combinado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Refused change by %1 at %2. Server's change by %3 at %4.</source>
            <translation>Cambio rechazado de %1 el %2. Cambio del servidor de %3 el %4.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed in WedSync by %1 at %2, and in the CRM at %3.</source>
            <translation>Cambiado en WedSync por %1 el %2, y en el CRM el %3.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed in WedSync by %1 at %2, and in the calendar at %3.</source>
            <translation>Cambiado en WedSync por %1 el %2, y en el calendario el %3.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictsPage</name>
        <message>
            <location filename="../ui/conflicts/ConflictsPage.cpp" line="+120" />
            <source>Copy conflict id</source>
            <translation>Copiar id. del conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy item id</source>
            <translation>Copiar id. del elemento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the item in the audit trail</source>
            <translation>Abrir el elemento en el registro de auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the conflict in the audit trail</source>
            <translation>Abrir el conflicto en el registro de auditoría</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Dismiss the conflict</source>
            <translation>Descartar el conflicto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the conflict on %1 without changing it? The server keeps its version and the refused change is dropped; the audit trail records the dismissal.</source>
            <translation>¿Cerrar el conflicto de %1 sin cambiarlo? El servidor conserva su versión y el cambio rechazado se descarta; la auditoría registra el descarte.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+33" />
            <source>It changed again on the server since you looked (now version %1): the fields are compared with that version; choose again.</source>
            <translation>Volvió a cambiar en el servidor desde que lo miró (ahora versión %1): los campos se comparan con esa versión; elija de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Changed again on the server: nothing was applied.</source>
            <translation>Cambió de nuevo en el servidor: no se aplicó nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Resolving %1 of %2…</source>
            <translation>Resolviendo %1 de %2…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Search entity, field or id</source>
            <translation>Buscar entidad, campo o id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search conflicts</source>
            <translation>Buscar conflictos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every source</source>
            <translation>Todos los orígenes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Source of the conflicts shown</source>
            <translation>Origen de los conflictos mostrados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open conflicts</source>
            <translation>Conflictos abiertos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bulk resolution in progress</source>
            <translation>Resolución en bloque en curso</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Offline: showing the conflicts as last seen. Resolving needs the server.</source>
            <translation>Sin conexión: se muestran los conflictos tal como se vieron por última vez. Para resolver hace falta el servidor.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Nothing to resolve here.</source>
            <translation>Aquí no hay nada que resolver.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Nothing left to resolve here.</source>
            <translation>Aquí no queda nada por resolver.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Offline: showing the conflicts as last seen. %1</source>
            <translation>Sin conexión: se muestran los conflictos tal como se vieron por última vez. %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Dismissed by %1 at %2; nothing was changed.</source>
            <translation>Descartado por %1 el %2; no se cambió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2: the refused change was applied.</source>
            <translation>Resuelto por %1 el %2: se aplicó el cambio rechazado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2: the server's version was kept.</source>
            <translation>Resuelto por %1 el %2: se mantuvo la versión del servidor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolved by %1 at %2 with a merged result.</source>
            <translation>Resuelto por %1 el %2 con un resultado combinado.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 of %2 open conflicts listed</source>
            <translation>%1 de %2 conflictos abiertos en la lista</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n conflicto abierto</numerusform>
                <numerusform>%n conflictos abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Keep refused for %n selected…</source>
            <translation>
                <numerusform>Mantener rechazado en %n seleccionado…</numerusform>
                <numerusform>Mantener rechazado en %n seleccionados…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep server's for %n selected…</source>
            <translation>
                <numerusform>Mantener servidor en %n seleccionado…</numerusform>
                <numerusform>Mantener servidor en %n seleccionados…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Apply the refused change to %n conflict(s): %1? Where both sides changed a field, the refused value replaces the server's. Each is audited.</source>
            <translation>
                <numerusform>¿Aplicar el cambio rechazado a %n conflicto: %1? Donde ambos lados cambiaron un campo, el valor rechazado sustituye al del servidor. Cada uno queda auditado.</numerusform>
                <numerusform>¿Aplicar el cambio rechazado a %n conflictos: %1? Donde ambos lados cambiaron un campo, el valor rechazado sustituye al del servidor. Cada uno queda auditado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Keep the server's version for %n conflict(s): %1? The refused changes are dropped. Each is audited.</source>
            <translation>
                <numerusform>¿Conservar la versión del servidor en %n conflicto: %1? Los cambios rechazados se descartan. Cada uno queda auditado.</numerusform>
                <numerusform>¿Conservar la versión del servidor en %n conflictos: %1? Los cambios rechazados se descartan. Cada uno queda auditado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Resolve %n conflict(s)</source>
            <translation>
                <numerusform>Resolver %n conflicto</numerusform>
                <numerusform>Resolver %n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep refused for %n</source>
            <translation>
                <numerusform>Mantener rechazado en %n</numerusform>
                <numerusform>Mantener rechazado en %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Keep server's for %n</source>
            <translation>
                <numerusform>Mantener servidor en %n</numerusform>
                <numerusform>Mantener servidor en %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>✔ Resolved %n conflict(s).</source>
            <translation>
                <numerusform>✔ Se resolvió %n conflicto.</numerusform>
                <numerusform>✔ Se resolvieron %n conflictos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>✖ Resolved %1; %n could not be resolved.</source>
            <translation>
                <numerusform>✖ Resueltos: %1; %n no se pudo resolver.</numerusform>
                <numerusform>✖ Resueltos: %1; %n no se pudieron resolver.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some conflicts were not resolved</source>
            <translation>Algunos conflictos no se resolvieron</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved %1. These were left open, nothing of them was applied:

%2</source>
            <translation>Resueltos: %1. Estos quedaron abiertos y no se aplicó nada de ellos:

%2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionStatsModel</name>
        <message>
            <location filename="../models/ConnectionStatsModel.cpp" line="+89" />
            <source>Platform admin</source>
            <translation>Administrador de la plataforma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Support</source>
            <translation>Soporte</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All connections</source>
            <translation>Todas las conexiones</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionStatusBar</name>
        <message>
            <location filename="../ui/shell/ConnectionStatusBar.cpp" line="+137" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resyncing…</source>
            <translation>Resincronizando…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reconnecting…</source>
            <translation>Reconectando…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Offline — showing cached data</source>
            <translation>Sin conexión — datos en caché</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Starting the built-in server…</source>
            <translation>Iniciando el servidor integrado…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restarting the built-in server…</source>
            <translation>Reiniciando el servidor integrado…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Built-in server stopped</source>
            <translation>Servidor integrado detenido</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No other operators online</source>
            <translation>Ningún otro operador en línea</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also online: %1</source>
            <translation>También en línea: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n other operator(s) online</source>
            <translation>
                <numerusform>%n operador más en línea</numerusform>
                <numerusform>%n operadores más en línea</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not updated yet</source>
            <translation>Aún sin actualizar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Updated just now</source>
            <translation>Actualizado hace un momento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cached data from %1</source>
            <translation>Datos en caché: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated %1</source>
            <translation>Actualizado: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Connection: %1</source>
            <translation>Conexión: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restart the built-in server</source>
            <translation>Reiniciar el servidor integrado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Operators online: %1</source>
            <translation>Operadores en línea: %1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n edit(s) waiting to be sent</source>
            <translation>
                <numerusform>%n cambio pendiente de enviar</numerusform>
                <numerusform>%n cambios pendientes de enviar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Last update: %1</source>
            <translation>Última actualización: %1</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Edits…</source>
            <translation>Cambios…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the edits sent and waiting</source>
            <translation>Mostrar los cambios enviados y en espera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edits: %1</source>
            <translation>Cambios: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionWizard</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizard.cpp" line="+17" />
            <source>Connect a CRM</source>
            <translation>Conectar un CRM</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConnectionsChart</name>
        <message>
            <location filename="../ui/dashboard/ConnectionsChart.cpp" line="+62" />
            <source>Show connections by</source>
            <translation>Mostrar conexiones por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By tenant</source>
            <translation>Por organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By role</source>
            <translation>Por rol</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Live connections</source>
            <translation>Conexiones en vivo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Connections by role are counted across all tenants; choose all organizations to see them.</source>
            <translation>Las conexiones por rol se cuentan entre todos los inquilinos; elija todas las organizaciones para verlas.</translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>last %n second(s)</source>
            <translation>
                <numerusform>último %n segundo</numerusform>
                <numerusform>últimos %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>last %n minute(s)</source>
            <translation>
                <numerusform>último %n minuto</numerusform>
                <numerusform>últimos %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n connected now</source>
            <translation>
                <numerusform>%n conectado ahora</numerusform>
                <numerusform>%n conectados ahora</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connections, %1</source>
            <translation>Conexiones, %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConsoleAccess</name>
        <message>
            <location filename="../services/session/ConsoleAccess.cpp" line="+14" />
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation>Fotógrafo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Couple</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Guest</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Platform admin</source>
            <translation>Administrador de la plataforma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Support</source>
            <translation>Soporte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConsoleApp</name>
        <message>
            <location filename="../app/ConsoleApp.cpp" line="+246" />
            <source>Sign-in not remembered</source>
            <translation>Inicio de sesión no recordado</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Discard unsaved changes?</source>
            <translation>¿Descartar los cambios sin guardar?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 has changes that are not saved. If you go on, they are lost; cancel to go back and save them.</source>
            <translation>%1 tiene cambios sin guardar. Si continúa, se pierden; cancele para volver y guardarlos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location line="+20" />
            <source>You are signed out.</source>
            <translation>Ha cerrado la sesión.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The local cache cannot be opened: %1</source>
            <translation>No se puede abrir la caché local: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CopyRoleDialog</name>
        <message>
            <location filename="../ui/permissions/CopyRoleDialog.cpp" line="+20" />
            <source>Copy a role's permissions</source>
            <translation>Copiar los permisos de un rol</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Copy &amp;from:</source>
            <translation>Copiar &amp;de:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Onto:</source>
            <translation>&amp;A:</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose two different roles.</source>
            <translation>Elija dos roles distintos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On every section of this dashboard, %2 gets exactly the view, edit and hide permissions %1 has now; what %2 had is replaced. Nothing is sent until you save, and Ctrl+Z undoes it.</source>
            <translation>En cada sección de este panel, %2 recibe exactamente los permisos de ver, editar y ocultar que %1 tiene ahora; lo que tenía %2 se reemplaza. No se envía nada hasta que guarde, y Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Copy onto %1</source>
            <translation>Copiar a %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::CrmText</name>
        <message>
            <location filename="../models/CrmText.cpp" line="+30" />
            <source>Another CRM (custom)</source>
            <translation>Otro CRM (personalizado)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sign in to %1 in your browser and allow WedSync to read your clients, then come back here: WedSync notices by itself.</source>
            <translation>Inicie sesión en %1 en su navegador y permita que WedSync lea sus clientes; después vuelva aquí: WedSync se dará cuenta solo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User name and password</source>
            <translation>Usuario y contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with the provider (OAuth 2.0)</source>
            <translation>Iniciar sesión con el proveedor (OAuth 2.0)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File import (no sign-in)</source>
            <translation>Importación de archivos (sin inicio de sesión)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not tested yet</source>
            <translation>Sin probar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation>Conectado</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Disconnected</source>
            <translation>Desconectado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Access expired</source>
            <translation>Acceso caducado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not connected</source>
            <translation>Sin conectar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Healthy</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Syncing</source>
            <translation>Sincronizando</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failing</source>
            <translation>Con fallos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Full import</source>
            <translation>Importación completa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync of changes</source>
            <translation>Sincronización de cambios</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+342" />
            <source>Export to the CRM</source>
            <translation>Exportar al CRM</translation>
        </message>
        <message>
            <location line="-340" />
            <source>Field mapping update</source>
            <translation>Actualización de campos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File import</source>
            <translation>Importación de archivo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Waiting to start</source>
            <translation>Esperando para empezar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Running: %1 of %2 clients</source>
            <translation>En curso: %1 de %2 clientes</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Running: %n client(s) so far</source>
            <translation>
                <numerusform>En curso: %n cliente hasta ahora</numerusform>
                <numerusform>En curso: %n clientes hasta ahora</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Completed with skipped rows</source>
            <translation>Terminado con filas omitidas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Completed</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 created, %2 updated, %3 skipped</source>
            <translation>%1 creados, %2 actualizados, %3 omitidos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Info</source>
            <translation>Información</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Scheduled sync (every %n minute(s)) queued.</source>
            <translation>
                <numerusform>Sincronización programada (cada %n minuto) en cola.</numerusform>
                <numerusform>Sincronización programada (cada %n minutos) en cola.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retry %1 of job %2, resuming from its checkpoint.</source>
            <translation>Reintento %1 del trabajo %2, que continúa desde su punto de control.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry %1 of job %2.</source>
            <translation>Reintento %1 del trabajo %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Started the %1 to %2 (%3).</source>
            <translation>Se inició la %1 hacia %2 (%3).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started the %1 from %2 (%3).</source>
            <translation>Se inició la %1 desde %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Resumed the %1 from %2 (attempt %3): %n contact(s) already imported.</source>
            <translation>
                <numerusform>Se reanudó la %1 desde %2 (intento %3): %n contacto ya importado.</numerusform>
                <numerusform>Se reanudó la %1 desde %2 (intento %3): %n contactos ya importados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Read %n job(s) from %1 (%2).</source>
            <translation>
                <numerusform>Se leyó %n encargo de %1 (%2).</numerusform>
                <numerusform>Se leyeron %n encargos de %1 (%2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Finished: %n processed — %1.</source>
            <translation>
                <numerusform>Terminado: %n procesado — %1.</numerusform>
                <numerusform>Terminado: %n procesados — %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+85" />
            <location line="+16" />
            <location line="+75" />
            <source>%n new</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-175" />
            <location line="+85" />
            <location line="+91" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-175" />
            <location line="+91" />
            <location line="+85" />
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <location line="-173" />
            <source>Cancel requested; stopping after the current page.</source>
            <translation>Cancelación solicitada; se detendrá tras la página actual.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Cancelled after %n contact(s); nothing after that was imported.</source>
            <translation>
                <numerusform>Cancelado tras %n contacto; no se importó nada más.</numerusform>
                <numerusform>Cancelado tras %n contactos; no se importó nada más.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Importing %1 (%2, %n row(s)).</source>
            <translation>
                <numerusform>Importando %1 (%2, %n fila).</numerusform>
                <numerusform>Importando %1 (%2, %n filas).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing %1 (%2).</source>
            <translation>Importando %1 (%2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Row %1 skipped: %2</source>
            <translation>Fila %1 omitida: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A record without an id was skipped.</source>
            <translation>Se omitió un registro sin id.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact %1 skipped: %2</source>
            <translation>Contacto %1 omitido: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 was not sent: %2</source>
            <translation>%1 no se envió: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>full import</source>
            <translation>importación completa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>incremental sync</source>
            <translation>sincronización incremental</translation>
        </message>
        <message>
            <location line="+2" />
            <source>re-import with the new field mapping</source>
            <translation>reimportación con la nueva correspondencia de campos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>export</source>
            <translation>exportación</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+12" />
            <location line="+75" />
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <location line="-85" />
            <source>the start</source>
            <translation>el principio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>the page at %1</source>
            <translation>la página en %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>page %1 of %2</source>
            <translation>página %1 de %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Page %1</source>
            <translation>Página %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location line="+0" />
            <source>page</source>
            <translation>página</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n kept WedSync's changes</source>
            <translation>
                <numerusform>%n conservó los cambios de WedSync</numerusform>
                <numerusform>%n conservaron los cambios de WedSync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n waiting for review</source>
            <translation>
                <numerusform>%n pendiente de revisión</numerusform>
                <numerusform>%n pendientes de revisión</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1: %n contact(s) — %2.</source>
            <translation>
                <numerusform>%1: %n contacto — %2.</numerusform>
                <numerusform>%1: %n contactos — %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n replaced</source>
            <translation>
                <numerusform>%n reemplazado</numerusform>
                <numerusform>%n reemplazados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n ya estaba</numerusform>
                <numerusform>%n ya estaban</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n not taken</source>
            <translation>
                <numerusform>%n no aceptado</numerusform>
                <numerusform>%n no aceptados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 — already there</source>
            <translation>%1 — ya estaba</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Sent %n client(s) to %1 — %2.</source>
            <translation>
                <numerusform>Se envió %n cliente a %1 — %2.</numerusform>
                <numerusform>Se enviaron %n clientes a %1 — %2.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>429 Too Many Requests</source>
            <translation>429 (demasiadas solicitudes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (rate limit exceeded)</source>
            <translation>%1 (límite de solicitudes superado)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a network error (%1)</source>
            <translation>un error de red (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>contact %1</source>
            <translation>contacto %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a new contact</source>
            <translation>un contacto nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>client %1</source>
            <translation>cliente %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the token request</source>
            <translation>token de acceso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Retry-After asked %1 s, capped</source>
            <translation>Retry-After pedía %1 s, limitado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as its Retry-After asks</source>
            <translation>según pide su Retry-After</translation>
        </message>
        <message>
            <location line="+1" />
            <source>backing off</source>
            <translation>espera progresiva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 answered %2 to %3; waiting %4 s (%5), attempt %6 of %7.</source>
            <translation>Petición de %3 a %1: respuesta %2; se esperan %4 s (%5), intento %6 de %7.</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%1 Stopped before %2 with %n contact(s) imported; a retry resumes there.</source>
            <translation>
                <numerusform>%1 Se detuvo antes de %2 con %n contacto importado; un reintento continuará desde ahí.</numerusform>
                <numerusform>%1 Se detuvo antes de %2 con %n contactos importados; un reintento continuará desde ahí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not store %1: %2 Stopped there; a retry resumes there.</source>
            <translation>No se pudo guardar %1: %2 Se detuvo ahí; un reintento continuará desde ahí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not record what was sent to %1: %2 A retry sends those clients again (a replace is safe to repeat).</source>
            <translation>No se pudo registrar lo enviado a %1: %2 Un reintento volverá a enviar esos clientes (reemplazar es seguro de repetir).</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Could not send %1 to %2: %3 %n client(s) sent before it; a retry sends the rest.</source>
            <translation>
                <numerusform>No se pudo enviar %1 a %2: %3 %n cliente enviado antes; un reintento enviará el resto.</numerusform>
                <numerusform>No se pudo enviar %1 a %2: %3 %n clientes enviados antes; un reintento enviará el resto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Failed after %n row(s): %1.</source>
            <translation>
                <numerusform>Falló tras %n fila: %1.</numerusform>
                <numerusform>Falló tras %n filas: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1's change is newer</source>
            <translation>el cambio de %1 es más reciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WedSync's change is newer</source>
            <translation>el cambio de WedSync es más reciente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed in WedSync and in %2 since the last sync: %2's version was taken (%3).</source>
            <translation>%1 cambió en WedSync y en %2 desde la última sincronización: se tomó la versión de %2 (%3).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 changed in WedSync and in %2 since the last sync: WedSync's version was kept (%3).</source>
            <translation>%1 cambió en WedSync y en %2 desde la última sincronización: se conservó la versión de WedSync (%3).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>It will be sent to %1.</source>
            <translation>Se enviará a %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This connection only imports, so %1 keeps its own version.</source>
            <translation>Esta conexión solo importa, así que %1 conserva su propia versión.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed in WedSync and in %2 since the last sync: filed for review in the conflict center; the client stays as it is until then.</source>
            <translation>%1 cambió en WedSync y en %2 desde la última sincronización: quedó pendiente de revisión en el centro de conflictos; el cliente se queda como está hasta entonces.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 changed in WedSync and in %2 since the last sync: already waiting for review in the conflict center.</source>
            <translation>%1 cambió en WedSync y en %2 desde la última sincronización: ya está pendiente de revisión en el centro de conflictos.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Manual only</source>
            <translation>Solo manual</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Every %n hour(s)</source>
            <translation>
                <numerusform>Cada hora</numerusform>
                <numerusform>Cada %n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Every %n minute(s)</source>
            <translation>
                <numerusform>Cada minuto</numerusform>
                <numerusform>Cada %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import from the CRM</source>
            <translation>Importar del CRM</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Both ways</source>
            <translation>En ambos sentidos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>WedSync wins</source>
            <translation>Gana WedSync</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The CRM wins</source>
            <translation>Gana el CRM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The newest change wins</source>
            <translation>Gana el cambio más reciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask me (conflict center)</source>
            <translation>Preguntarme (centro de conflictos)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>When a client changed on both sides, WedSync's version is kept and written back to the CRM.</source>
            <translation>Si un cliente cambió en ambos lados, se conserva la versión de WedSync y se escribe en el CRM.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>When a client changed on both sides, the CRM's version replaces WedSync's.</source>
            <translation>Si un cliente cambió en ambos lados, la versión del CRM sustituye a la de WedSync.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When a client changed on both sides, the side changed last is kept.</source>
            <translation>Si un cliente cambió en ambos lados, se conserva el lado que cambió en último lugar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When a client changed on both sides, both versions wait in the conflict center until someone chooses.</source>
            <translation>Si un cliente cambió en ambos lados, las dos versiones esperan en el centro de conflictos hasta que alguien elija.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Unlimited CRM connections on the %1 tier</source>
            <translation>Conexiones CRM ilimitadas en el plan %1</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 of %n CRM connection(s) used on the %2 tier</source>
            <translation>
                <numerusform>%1 de %n conexión CRM usada en el plan %2</numerusform>
                <numerusform>%1 de %n conexiones CRM usadas en el plan %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Upgrade to %1 for %n connection(s).</source>
            <translation>
                <numerusform>Pase al plan %1 para tener %n conexión.</numerusform>
                <numerusform>Pase al plan %1 para tener %n conexiones.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Upgrade to %1 for unlimited connections.</source>
            <translation>Pase al plan %1 para tener conexiones ilimitadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The %1 tier includes no CRM connections.</source>
            <translation>El plan %1 no incluye conexiones CRM.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The %1 tier includes %n CRM connection(s), all in use.</source>
            <translation>
                <numerusform>El plan %1 incluye %n conexión CRM, ya en uso.</numerusform>
                <numerusform>El plan %1 incluye %n conexiones CRM, todas en uso.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::CsvReader</name>
        <message>
            <location filename="../core/CsvReader.cpp" line="+28" />
            <source>This does not look like a text file (it holds binary data); choose a CSV file exported from your CRM or spreadsheet.</source>
            <translation>Esto no parece un archivo de texto (contiene datos binarios); elija un archivo CSV exportado de su CRM o de su hoja de cálculo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This file is UTF-16 (“Unicode text”); save it as “CSV UTF-8” and import that file.</source>
            <translation>Este archivo está en UTF-16 («texto Unicode»); guárdelo como «CSV UTF-8» e importe ese archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is an Excel workbook or another ZIP archive, not a CSV file; in your spreadsheet choose Save As › “CSV UTF-8” and import that file.</source>
            <translation>Esto es un libro de Excel u otro archivo ZIP, no un archivo CSV; en su hoja de cálculo elija Guardar como › «CSV UTF-8» e importe ese archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is an old Excel (.xls) workbook, not a CSV file; in your spreadsheet choose Save As › “CSV UTF-8” and import that file.</source>
            <translation>Esto es un libro de Excel antiguo (.xls), no un archivo CSV; en su hoja de cálculo elija Guardar como › «CSV UTF-8» e importe ese archivo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is a PDF document, not a CSV file; export your clients from the CRM as CSV.</source>
            <translation>Esto es un documento PDF, no un archivo CSV; exporte sus clientes del CRM como CSV.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is a vCard file, not a CSV file; choose vCard as the file's format.</source>
            <translation>Esto es un archivo vCard, no un archivo CSV; elija vCard como formato del archivo.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>semicolon</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma</source>
            <translation>coma</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The file ends inside a quoted value that starts in row %1 (line %2), so everything after it was read as that one value; look for a " that is never closed in row %1.</source>
            <translation>El archivo termina dentro de un valor entre comillas que empieza en la fila %1 (línea %2), así que todo lo posterior se ha leído como ese único valor; busque en la fila %1 unas comillas " que no se cierran.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file has no rows; export your clients again, with a header row naming the columns.</source>
            <translation>El archivo no tiene filas; vuelva a exportar sus clientes con una fila de encabezado que nombre las columnas.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Row %1, column %2 holds more than %3 KiB of text; shorten it, or look for a " that is never closed.</source>
            <translation>La fila %1, columna %2, contiene más de %3 KiB de texto; acorte el texto o busque unas comillas " que no se cierran.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Row %1 holds more than %2 KiB of text; is this a CSV file?</source>
            <translation>La fila %1 contiene más de %2 KiB de texto; ¿es un archivo CSV?</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This does not look like a text file: row %1 (line %2) holds a NUL byte, which text never has; choose a CSV file exported from your CRM or spreadsheet.</source>
            <translation>Esto no parece un archivo de texto: la fila %1 (línea %2) contiene un byte NUL, que un texto nunca tiene; elija un archivo CSV exportado de su CRM o de su hoja de cálculo.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Row %1 has more than %2 columns; is this a CSV file?</source>
            <translation>La fila %1 tiene más de %2 columnas; ¿es un archivo CSV?</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Row %1 is not UTF-8 like the rest of the file; it was read as Windows-1252. Check its accented letters.</source>
            <translation>La fila %1 no está en UTF-8 como el resto del archivo; se ha leído como Windows-1252. Revise sus letras acentuadas.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+32" />
            <location line="+6" />
            <source>Column %1</source>
            <translation>Columna %1</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Row %1 has %2 values but the header names %3 columns; a value with a %4 in it may be missing its quotes.</source>
            <translation>La fila %1 tiene %2 valores, pero el encabezado nombra %3 columnas; puede que a un valor que contiene el carácter %4 le falten las comillas.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>The file is not UTF-8; it was read as Windows-1252 (Western European). If letters such as é or ü look wrong, save the file as “CSV UTF-8” and import it again.</source>
            <translation>El archivo no está en UTF-8; se ha leído como Windows-1252 (Europa occidental). Si letras como é o ü se ven mal, guarde el archivo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::DocumentSync</name>
        <message>
            <location filename="../ui/layout/DocumentSync.cpp" line="+124" />
            <source>Offline: this is the dashboard as this computer last saw it. Changes you save wait on this computer until the server is back.</source>
            <translation>Sin conexión: este es el panel tal como lo vio este equipo por última vez. Los cambios que guarde esperan en este equipo hasta que vuelva el servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server cannot be reached and this computer has no copy of this dashboard yet. It appears when the connection is back.</source>
            <translation>No se puede contactar con el servidor y este equipo aún no tiene una copia de este panel. Aparecerá cuando vuelva la conexión.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::EvaluatePane</name>
        <message>
            <location filename="../ui/permissions/EvaluatePane.cpp" line="+34" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+306" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location line="-304" />
            <location line="+304" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="-302" />
            <location line="+302" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="-300" />
            <source>Conditions</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <location line="+166" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+57" />
            <source>Anyone who is %1</source>
            <translation>Cualquiera con el rol %1</translation>
        </message>
        <message>
            <location line="-44" />
            <source>No wedding (organization-wide)</source>
            <translation>Sin boda (toda la organización)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>At the venue: %1 (%2)</source>
            <translation>En el lugar de la boda: %1 (%2)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>organization-wide</source>
            <translation>toda la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, phase: %2</source>
            <translation>%1, fase: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1 sees %n of %2 section(s) (%3).</source>
            <translation>
                <numerusform>%1 ve %n sección de %2 (%3).</numerusform>
                <numerusform>%1 ve %n secciones de %2 (%3).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>W&amp;ho:</source>
            <translation>&amp;Quién:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wedd&amp;ing:</source>
            <translation>Bo&amp;da:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whe&amp;n:</source>
            <translation>C&amp;uándo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wedding day</source>
            <translation>Día de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Midday of the wedding's date at the venue</source>
            <translation>Mediodía del día de la boda, en la hora del lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
    </context>
    <context>
        <name>wedsync::EventHistoryPanel</name>
        <message>
            <location filename="../ui/dashboard/EventHistoryPanel.cpp" line="+186" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export JSON…</source>
            <translation>Exportar JSON…</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Filter events by tenant</source>
            <translation>Filtrar eventos por organización</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+45" />
            <source>All tenants</source>
            <translation>Todas las organizaciones</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Filter events by kind</source>
            <translation>Filtrar eventos por tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Filter events by status</source>
            <translation>Filtrar eventos por estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export the events shown as CSV</source>
            <translation>Exportar los eventos mostrados como CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the events shown as JSON</source>
            <translation>Exportar los eventos mostrados como JSON</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sync event history, newest first</source>
            <translation>Historial de eventos de sincronización, los más recientes primero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details of the selected event</source>
            <translation>Detalles del evento seleccionado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select an event to see its details.</source>
            <translation>Seleccione un evento para ver sus detalles.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show raw</source>
            <translation>Ver datos sin procesar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the event's stored details (JSON) to the text</source>
            <translation>Añadir al texto los detalles guardados del evento (JSON)</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Copy event id</source>
            <translation>Copiar id. del evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy tenant id</source>
            <translation>Copiar id. del inquilino</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Show only %1</source>
            <translation>Mostrar solo %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the conflict</source>
            <translation>Abrir el conflicto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in the audit trail</source>
            <translation>Abrir en el registro de auditoría</translation>
        </message>
        <message>
            <location line="+27" />
            <source>No events match the filters.</source>
            <translation>Ningún evento coincide con los filtros.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 events</source>
            <translation>%1 eventos</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Raw details:</source>
            <translation>Detalles sin procesar:</translation>
        </message>
        <message>
            <location line="-54" />
            <location line="+6" />
            <source>%1 of %2 events</source>
            <translation>%1 de %2 eventos</translation>
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
            <translation>%1 — %2
Organización: %3
Estado: %4
Versión de configuración: %5
Origen: %6
Autor: %7
Cuándo: %8
Duración: %9
</translation>
        </message>
        <message>
            <location line="-18" />
            <source>system</source>
            <translation>sistema</translation>
        </message>
        <message>
            <location line="+46" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export no events?</source>
            <translation>¿Exportar sin eventos?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No event is shown, so the file would hold no rows. Clear or change the filters first, or export the empty file anyway.</source>
            <translation>No se muestra ningún evento, así que el archivo no tendría filas. Limpie o cambie antes los filtros, o exporte igualmente el archivo vacío.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export empty file</source>
            <translation>Exportar archivo vacío</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export sync events</source>
            <translation>Exportar eventos de sincronización</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Exported %n event(s) to %1.</source>
            <translation>
                <numerusform>Se exportó %n evento a %1.</numerusform>
                <numerusform>Se exportaron %n eventos a %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::FieldConflictDialog</name>
        <message>
            <location filename="../ui/layout/FieldConflictDialog.cpp" line="+30" />
            <source>%1 was changed by someone else</source>
            <translation>Otra persona cambió %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone saved %1 while you were editing it. For each field you both changed, choose which value to keep; the other fields keep both sets of changes.</source>
            <translation>Alguien guardó %1 mientras usted lo editaba. Para cada campo que ambos cambiaron, elija qué valor conservar; los demás campos conservan los cambios de ambos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&lt;b&gt;Field&lt;/b&gt;</source>
            <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Yours&lt;/b&gt;</source>
            <translation>&lt;b&gt;El suyo&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
            <translation>&lt;b&gt;El de la otra persona&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep your %1</source>
            <translation>Conservar su %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take their %1</source>
            <translation>Tomar el %1 de la otra persona</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Apply choices</source>
            <translation>Aplicar elecciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>wedsync::FieldMapping</name>
        <message>
            <location filename="../core/FieldMapping.cpp" line="+47" />
            <source>Choose the column to read.</source>
            <translation>Elija la columna que se va a leer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The column name is longer than 500 characters.</source>
            <translation>El nombre de la columna supera los 500 caracteres.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 is already filled from the column %2; map each field from one column.</source>
            <translation>%1 ya se rellena desde la columna %2; asigne cada campo desde una sola columna.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>the value is longer than %1 characters; it was left out.</source>
            <translation>el valor supera los %1 caracteres; se ha omitido.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a whole number of guests; it was left out.</source>
            <translation>%1 no es un número entero de invitados; se ha omitido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not an amount; it was left out.</source>
            <translation>%1 no es un importe; se ha omitido.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 is not a date in the form yyyy-MM-dd; choose the Date transform with this column's date format. It was left out.</source>
            <translation>%1 no es una fecha con el formato yyyy-MM-dd; elija la transformación Fecha con el formato de fecha de esta columna. Se ha omitido.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 (column %2): %3</source>
            <translation>%1 (columna %2): %3</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nested deeper than %1 levels at %2; the rest was not read.</source>
            <translation>Anidamiento de más de %1 niveles en %2; el resto no se ha leído.</translation>
        </message>
        <message>
            <location line="+55" />
            <location line="+75" />
            <source>A mapping has at most %1 entries; this one has %2.</source>
            <translation>Una asignación tiene como máximo %1 entradas; esta tiene %2.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Each mapping entry must be an object with a source and a target.</source>
            <translation>Cada entrada de la asignación debe ser un objeto con un origen y un destino.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be a string.</source>
            <translation>Debe ser una cadena de texto.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unknown transform %1; use one of %2.</source>
            <translation>Transformación desconocida %1; use una de estas: %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The field mapping cannot be used; see the problem of each entry.</source>
            <translation>No se puede usar la asignación de campos; consulte el problema de cada entrada.</translation>
        </message>
        <message>
            <location line="+44" />
            <location line="+5" />
            <source>The column %1 is not in this file.</source>
            <translation>La columna %1 no está en este archivo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::FieldMappingEditor</name>
        <message>
            <location filename="../ui/integrations/FieldMappingEditor.cpp" line="+29" />
            <source>&amp;Add a field</source>
            <translation>Añadir un ca&amp;mpo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove the field</source>
            <translation>&amp;Quitar el campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;uggest from the columns</source>
            <translation>S&amp;ugerir a partir de las columnas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>WedSync field</source>
            <translation>Campo de WedSync</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+0" />
            <source>First row gives</source>
            <translation>La primera fila da</translation>
        </message>
    </context>
    <context>
        <name>wedsync::FileImportDialog</name>
        <message>
            <location filename="../ui/integrations/FileImportDialog.cpp" line="+30" />
            <source>C&amp;hoose a file…</source>
            <translation>&amp;Elegir un archivo…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Chec&amp;k the file</source>
            <translation>&amp;Comprobar el archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import clients into %1</source>
            <translation>Importar clientes en %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;First rows of the file:</source>
            <translation>&amp;Primeras filas del archivo:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Map its columns to WedSync's fields:</source>
            <translation>&amp;Asignar sus columnas a los campos de WedSync:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Checking every row…</source>
            <translation>Comprobando cada fila…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 rows</source>
            <translation>%1 filas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a CSV export or a vCard file (.csv, .vcf) of your clients.</source>
            <translation>Elija una exportación CSV o un archivo vCard (.csv, .vcf) de sus clientes.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a client file</source>
            <translation>Elija un archivo de clientes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Client files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
            <translation>Archivos de clientes (*.csv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>vCard</source>
            <translation>vCard</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Stop</source>
            <translation>&amp;Detener</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Ready to import %1 rows: %2 new clients, %3 updated (same e-mail), %4 skipped.</source>
            <translation>Listo para importar %1 filas: %2 clientes nuevos, %3 actualizados (mismo correo), %4 omitidos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 created, %2 updated, %3 skipped.</source>
            <translation>%1 creados, %2 actualizados, %3 omitidos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Imported.</source>
            <translation>Importado.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Stopped by you after %n row(s); the job's log says where.</source>
            <translation>
                <numerusform>Lo detuvo usted tras %n fila; el registro del trabajo dice dónde.</numerusform>
                <numerusform>Lo detuvo usted tras %n filas; el registro del trabajo dice dónde.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n row(s) hold values that look like spreadsheet formulas; they were kept as plain text.</source>
            <translation>
                <numerusform>%n fila tiene valores que parecen fórmulas de hoja de cálculo; se guardaron como texto.</numerusform>
                <numerusform>%n filas tienen valores que parecen fórmulas de hoja de cálculo; se guardaron como texto.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row %1: %2</source>
            <translation>Fila %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::FileImportRun</name>
        <message>
            <location filename="../services/integrations/FileImportRun.cpp" line="+51" />
            <location line="+38" />
            <source>“%1” cannot be opened: %2</source>
            <translation>No se puede abrir «%1»: %2</translation>
        </message>
        <message>
            <location line="-13" />
            <source>“%1” has no rows to import.</source>
            <translation>«%1» no tiene filas que importar.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The import did not start: %1</source>
            <translation>La importación no empezó: %1</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Stopped at row %1: %2</source>
            <translation>Detenido en la fila %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>Cancelled by the user after %n row(s) of %1.</source>
            <translation>
                <numerusform>Cancelado por el usuario tras %n fila de %1.</numerusform>
                <numerusform>Cancelado por el usuario tras %n filas de %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::HealthSummaryWidget</name>
        <message>
            <location filename="../ui/dashboard/HealthSummaryWidget.cpp" line="+92" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Overall sync health</source>
            <translation>Salud global de la sincronización</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No sync health yet</source>
            <translation>Aún no hay datos de salud</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1% healthy</source>
            <translation>%1 % en buen estado</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n tenant(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 tenants: %2</source>
            <translation>%1 organizaciones: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%1 of %n tenant(s) are healthy (Success), %2 partial, %3 failed and %4 pending. Health counts each Success tenant fully and each Partial tenant as half; Failed and Pending count as nothing. A tenant is Success when its last configuration change reached every connected client and it has no open conflict.</source>
            <translation>
                <numerusform>%1 de %n inquilino está sano (Correcto), %2 parcial, %3 con fallo y %4 pendiente. La salud cuenta cada inquilino Correcto entero y cada Parcial como medio; Con fallo y Pendiente no cuentan. Un inquilino está Correcto cuando su último cambio de configuración llegó a todos los clientes conectados y no tiene conflictos abiertos.</numerusform>
                <numerusform>%1 de %n inquilinos están sanos (Correcto), %2 parciales, %3 con fallo y %4 pendientes. La salud cuenta cada inquilino Correcto entero y cada Parcial como medio; Con fallo y Pendiente no cuentan. Un inquilino está Correcto cuando su último cambio de configuración llegó a todos los clientes conectados y no tiene conflictos abiertos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::HelpMenu</name>
        <message>
            <location filename="../ui/help/HelpMenu.cpp" line="+80" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About WedSync Admin</source>
            <translation>A&amp;cerca de WedSync Admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationDetailPane</name>
        <message>
            <location filename="../ui/integrations/IntegrationDetailPane.cpp" line="+224" />
            <source>Choose a connection to see its jobs.</source>
            <translation>Elija una conexión para ver sus trabajos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>last sync %1</source>
            <translation>última sincronización %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never synced</source>
            <translation>nunca sincronizado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The CRM no longer accepts the saved access. Relink to sign in again: the field mapping and the imported clients stay.</source>
            <translation>El CRM ya no acepta el acceso guardado. Vuelva a vincularlo para iniciar sesión de nuevo: la correspondencia de campos y los clientes importados se conservan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The CRM no longer accepts the saved access. Disconnect and connect it again with a new key; imported clients stay.</source>
            <translation>El CRM ya no acepta el acceso guardado. Desconéctelo y conéctelo de nuevo con una clave nueva; los clientes importados se conservan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · %2 · when both sides changed: %3</source>
            <translation>%1 · %2 · si cambian ambos lados: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Schedule paused</source>
            <translation>Programación en pausa</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+103" />
            <source>Jo&amp;bs: none yet</source>
            <translation>&amp;Trabajos: ninguno todavía</translation>
        </message>
        <message>
            <location line="-103" />
            <location line="+103" />
            <source>Jo&amp;bs</source>
            <translation>&amp;Trabajos</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Test the connection first: only a connected CRM can be synced.</source>
            <translation>Pruebe antes la conexión: solo se puede sincronizar un CRM conectado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Resume schedule</source>
            <translation>&amp;Reanudar la programación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Pause schedule</source>
            <translation>&amp;Pausar la programación</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Why it failed: %1</source>
            <translation>Por qué falló: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Test connection</source>
            <translation>Probar cone&amp;xión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sync now</source>
            <translation>&amp;Sincronizar ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Disconnect…</source>
            <translation>&amp;Desconectar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relin&amp;k…</source>
            <translation>Vincular de n&amp;uevo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Con&amp;figure…</source>
            <translation>Con&amp;figurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, the schedule, the direction or who wins when a client changed on both sides.</source>
            <translation>Cambiar el nombre, la programación, el sentido o quién gana cuando un cliente cambió en ambos lados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign in with the CRM again in the browser. The field mapping and the imported clients stay.</source>
            <translation>Inicie sesión de nuevo en el CRM desde el navegador. La correspondencia de campos y los clientes importados se conservan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send changes to the CR&amp;M</source>
            <translation>En&amp;viar los cambios al CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the clients changed in WedSync since the last sync to the CRM now.</source>
            <translation>Escribir ahora en el CRM los clientes cambiados en WedSync desde la última sincronización.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel &amp;job</source>
            <translation>Cance&amp;lar el trabajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retr&amp;y job</source>
            <translation>Reintentar el traba&amp;jo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load older jobs</source>
            <translation>Cargar trabajos más anti&amp;guos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jobs of &amp;all connections</source>
            <translation>&amp;Mostrar los trabajos de todas las conexiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>List the jobs of all this organization's connections, newest first, instead of the chosen connection's.</source>
            <translation>Lista los trabajos de todas las conexiones de esta organización, los más recientes primero, en lugar de los de la conexión elegida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log of the job chosen</source>
            <translation>Registro del trabajo elegido</translation>
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationTableModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="+74" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Health</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sync</source>
            <translation>Última sinc.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next sync</source>
            <translation>Próxima sinc.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::IntegrationsPage</name>
        <message>
            <location filename="../ui/integrations/IntegrationsPage.cpp" line="+104" />
            <source>Copy connection id</source>
            <translation>Copiar el id de la conexión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the connection in the audit trail</source>
            <translation>Abrir la conexión en la auditoría</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Testing %1…</source>
            <translation>Probando %1…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 is saved.</source>
            <translation>%1 está guardado.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: the connection works. %2</source>
            <translation>%1: la conexión funciona. %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: the connection failed. %2</source>
            <translation>%1: la conexión falló. %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 started for %2.</source>
            <translation>%1 iniciada para %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Scheduled syncs of %1 are paused.</source>
            <translation>Las sincronizaciones programadas de %1 están en pausa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scheduled syncs of %1 resumed.</source>
            <translation>Las sincronizaciones programadas de %1 se reanudaron.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is disconnected and its credentials are deleted. The clients it imported stay.</source>
            <translation>%1 está desconectado y sus credenciales se borraron. Los clientes que importó se conservan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The job is cancelled.</source>
            <translation>El trabajo está cancelado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The job stops after the page it is reading.</source>
            <translation>El trabajo se detiene tras la página que está leyendo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Retrying: attempt %1 continues where the last one stopped.</source>
            <translation>Reintentando: el intento %1 sigue donde se detuvo el anterior.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Integrations</source>
            <translation>Integraciones</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Choose an organization in the switcher above to see its CRM connections.</source>
            <translation>Elija una organización en el selector de arriba para ver sus conexiones CRM.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline: showing the connections as last seen. Testing and syncing need the server.</source>
            <translation>Sin conexión: se muestran las conexiones como se vieron por última vez. Para probar y sincronizar hace falta el servidor.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline: showing the connections as last seen. %1</source>
            <translation>Sin conexión: se muestran las conexiones como se vieron por última vez. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No CRM is connected yet. Connect one to import your clients and keep them in sync.</source>
            <translation>Todavía no hay ningún CRM conectado. Conecte uno para importar sus clientes y mantenerlos sincronizados.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No CRM is connected yet.</source>
            <translation>Todavía no hay ningún CRM conectado.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The list of CRMs is still loading.</source>
            <translation>La lista de CRM todavía se está cargando.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose the connection the clients belong to.</source>
            <translation>Elija la conexión a la que pertenecen los clientes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is synced through its API. To import a file, connect the CRM it comes from, or Another CRM (custom).</source>
            <translation>%1 se sincroniza mediante su API. Para importar un archivo, conecte el CRM del que viene, u Otro CRM (personalizado).</translation>
        </message>
        <message>
            <location line="+71" />
            <source>The connection was not tested: %1</source>
            <translation>No se probó la conexión: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sync did not start: %1</source>
            <translation>La sincronización no empezó: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The schedule was not changed: %1</source>
            <translation>No se cambió la programación: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The connection was not disconnected: %1</source>
            <translation>No se desconectó: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The job was not cancelled: %1</source>
            <translation>No se canceló el trabajo: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The connection was not saved: %1</source>
            <translation>La conexión no se guardó: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The job was not retried: %1</source>
            <translation>No se reintentó el trabajo: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Disconnect %1?

Its saved credentials are deleted and its scheduled syncs stop. The clients it imported from %2 stay in WedSync. To use it again, connect it again with the wizard.</source>
            <translation>¿Desconectar %1?

Se borran sus credenciales guardadas y se detienen sus sincronizaciones programadas. Los clientes que importó de %2 se quedan en WedSync. Para volver a usarlo, conéctelo de nuevo con el asistente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Disconnect</source>
            <translation>Desconectar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is connected; its first import has started.</source>
            <translation>%1 está conectado; su primera importación ha empezado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is connected.</source>
            <translation>%1 está conectado.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 is relinked.</source>
            <translation>%1 está vinculado de nuevo.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Co&amp;nnect a CRM…</source>
            <translation>Co&amp;nectar un CRM…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import a file…</source>
            <translation>Importar un &amp;archivo…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CRM connections</source>
            <translation>Conexiones CRM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhoo&amp;ks</source>
            <translation>Webhoo&amp;ks</translation>
        </message>
    </context>
    <context>
        <name>wedsync::IntegrityChecker</name>
        <message>
            <location filename="../core/IntegrityChecker.cpp" line="+137" />
            <source>%1 is at position %2 together with %3 on the same dashboard; give each section its own position.</source>
            <translation>%1 está en la posición %2 junto con %3 en el mismo panel; dé a cada sección su propia posición.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1 names roles that do not exist: %2. Valid roles are %3.</source>
            <translation>%1 nombra roles que no existen: %2. Los roles válidos son %3.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 belongs to wedding %2, which does not exist; delete the section or move it to an existing wedding.</source>
            <translation>%1 pertenece a la boda %2, que no existe; elimine la sección o muévala a una boda existente.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>they see it only through an extra view permission</source>
            <translation>solo la ven mediante un permiso de visualización adicional</translation>
        </message>
        <message>
            <location line="+3" />
            <source>they see it only through the role hierarchy (as %1)</source>
            <translation>solo la ven mediante la jerarquía de roles (como %1)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>only those with full access to a wedding see it, and they can then edit it</source>
            <translation>solo la ven quienes tienen acceso completo a una boda, y entonces pueden editarla</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The %1 role can edit %2 although %2 is not shown to %1 directly: %3. Show %2 to %1 on purpose or remove the edit permission.</source>
            <translation>El rol %1 puede editar %2 aunque %2 no se muestra directamente a %1: %3. Muestre %2 a %1 expresamente o quite el permiso de edición.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The %1 role may edit %2 but cannot see it; let %1 view it or remove the edit permission.</source>
            <translation>El rol %1 puede editar %2 pero no puede verla; permita que %1 la vea o quite el permiso de edición.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The %1 role may hide %2 but cannot see it; let %1 view it or remove the hide permission.</source>
            <translation>El rol %1 puede ocultar %2 pero no puede verla; permita que %1 la vea o quite el permiso de ocultar.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nobody ever sees %1: its list of wedding phases is empty. Add the phases it belongs to, or remove the list to show it in every phase.</source>
            <translation>Nadie ve nunca %1: su lista de fases de boda está vacía. Añada las fases a las que pertenece o quite la lista para mostrarla en todas las fases.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nobody ever sees %1: its wedding phases (%2) name no real phase.</source>
            <translation>Nadie ve nunca %1: sus fases de boda (%2) no nombran ninguna fase real.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No role can see %1: it is shown to no role and no role has a view permission, so only people with full access to a wedding see it.</source>
            <translation>Ningún rol puede ver %1: no se muestra a ningún rol y ningún rol tiene permiso de visualización, así que solo la ven las personas con acceso completo a una boda.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nobody sees %1 in these wedding phases: %2.</source>
            <translation>Nadie ve %1 en estas fases de boda: %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>column %1</source>
            <translation>columna %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>columns %1–%2</source>
            <translation>columnas %1–%2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 is %2 columns wide but a row has only 12; it spills past column 12 on row %3.</source>
            <translation>%1 ocupa %2 columnas pero una fila solo tiene 12; se sale de la columna 12 en la fila %3.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is %2 columns wide; a section needs 1 to 12 columns.</source>
            <translation>%1 ocupa %2 columnas; una sección necesita de 1 a 12 columnas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 and %2 overlap at row %3, %4.</source>
            <translation>%1 y %2 se solapan en la fila %3, %4.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 holds permissions on sections but has no role in the organization; give them a role or remove the permissions.</source>
            <translation>%1 tiene permisos sobre secciones pero ningún rol en la organización; asígnele un rol o quite los permisos.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 (%2) holds permissions on sections the %2 role should not access: %3.</source>
            <translation>%1 (%2) tiene permisos sobre secciones a las que el rol %2 no debería acceder: %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2) is missing sections every %2 needs: %3.</source>
            <translation>A %1 (%2) le faltan secciones que todo %2 necesita: %3.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The %1 role can see %2, a section the %1 role should not access; stop showing it to %1.</source>
            <translation>El rol %1 puede ver %2, una sección a la que el rol %1 no debería acceder; deje de mostrársela a %1.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The %1 role cannot see %2, which every %1 needs; let %1 view it.</source>
            <translation>El rol %1 no puede ver %2, que todo %1 necesita; permita que %1 la vea.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The %1 role sees no %2 section, which every %1 needs; add one to this dashboard or show it to %1.</source>
            <translation>El rol %1 no ve ninguna sección %2, que todo %1 necesita; añada una a este panel o muéstresela a %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::IntegrityJson</name>
        <message>
            <location filename="../core/IntegrityJson.cpp" line="+23" />
            <source>Must be error, warning or info.</source>
            <translation>Debe ser error, warning o info.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Must be section, user or role.</source>
            <translation>Debe ser section, user o role.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be admin, coordinator, photographer, couple, vendor or guest.</source>
            <translation>Debe ser admin, coordinator, photographer, couple, vendor o guest.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The integrity report could not be read.</source>
            <translation>No se pudo leer el informe de integridad.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Must be an object.</source>
            <translation>Debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Must be true exactly when no finding is an error.</source>
            <translation>Debe ser true exactamente cuando ningún hallazgo es un error.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::JobLogModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="+104" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
    </context>
    <context>
        <name>wedsync::JsonDiff</name>
        <message>
            <location filename="../models/JsonDiff.cpp" line="+140" />
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>changed</source>
            <translation>cambiado</translation>
        </message>
    </context>
    <context>
        <name>wedsync::JsonDiffModel</name>
        <message>
            <location filename="../models/JsonDiffModel.cpp" line="+67" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After</source>
            <translation>Después</translation>
        </message>
    </context>
    <context>
        <name>wedsync::JsonReader</name>
        <message>
            <location filename="../core/JsonReader.cpp" line="-124" />
            <source>This field is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Must be text.</source>
            <translation>Debe ser texto.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Must be a whole number.</source>
            <translation>Debe ser un número entero.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be true or false.</source>
            <translation>Debe ser true o false.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+53" />
            <source>Must be a list.</source>
            <translation>Debe ser una lista.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Must have at most %1 entries.</source>
            <translation>Debe tener como máximo %1 entradas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Each entry must be text.</source>
            <translation>Cada entrada debe ser texto.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Must be an object.</source>
            <translation>Debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be an object or null.</source>
            <translation>Debe ser un objeto o null.</translation>
        </message>
        <message>
            <location filename="../core/JsonReader.cpp" line="+156" />
            <source>The request body is not valid JSON (%1 at byte %2).</source>
            <translation>El cuerpo de la solicitud no es JSON válido (%1 en el byte %2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The request body must be a JSON object.</source>
            <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::KeychainStore</name>
        <message>
            <location filename="../services/session/KeychainStore.cpp" line="+137" />
            <source>Keychain error %1: %2</source>
            <translation>Error %1 del llavero: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+11" />
            <source>No system keychain (such as GNOME Keyring or KDE Wallet) is running.</source>
            <translation>No hay ningún llavero del sistema en marcha (como GNOME Keyring o KDE Wallet).</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The system keychain refused access; it may be locked.</source>
            <translation>El llavero del sistema denegó el acceso; puede que esté bloqueado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The system keychain could not delete the entry.</source>
            <translation>El llavero del sistema no pudo borrar la entrada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The system keychain reported an error.</source>
            <translation>El llavero del sistema informó de un error.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your sign-in is not remembered on this computer: sign in with your password next time, or unlock the keychain and tick "Remember me" again.</source>
            <translation>Su inicio de sesión no se recuerda en este equipo: la próxima vez inicie sesión con su contraseña, o desbloquee el llavero y vuelva a marcar «Recordarme».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The remembered sign-in cannot be used: sign in with your password.</source>
            <translation>El inicio de sesión recordado no se puede usar: inicie sesión con su contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The remembered sign-in could not be forgotten: remove the entry "%1" in your keychain manager.</source>
            <translation>No se pudo olvidar el inicio de sesión recordado: elimine la entrada «%1» en su gestor de llaveros.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutCanvas</name>
        <message>
            <location filename="../ui/layout/LayoutCanvas.cpp" line="+104" />
            <source>Layout grid</source>
            <translation>Cuadrícula del diseño</translation>
        </message>
        <message>
            <location line="+85" />
            <source>This dashboard has no sections yet: add one to start.</source>
            <translation>Este panel aún no tiene secciones: añade una para empezar.</translation>
        </message>
        <message>
            <location line="+229" />
            <source>%1 is already one column wide.</source>
            <translation>%1 ya ocupa una sola columna.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 already reaches the last column.</source>
            <translation>%1 ya llega a la última columna.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is already one row tall, the smallest size.</source>
            <translation>%1 ya mide una fila, el tamaño más pequeño.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is already four rows tall, the largest size.</source>
            <translation>%1 ya mide cuatro filas, el tamaño más grande.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 cannot move further left.</source>
            <translation>%1 no puede moverse más a la izquierda.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further right.</source>
            <translation>%1 no puede moverse más a la derecha.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further up.</source>
            <translation>%1 no puede subir más.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 cannot move further down.</source>
            <translation>%1 no puede bajar más.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutDiff</name>
        <message>
            <location filename="../core/LayoutDiff.cpp" line="-55" />
            <source>No changes</source>
            <translation>Sin cambios</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n moved</source>
            <translation>
                <numerusform>%n movida</numerusform>
                <numerusform>%n movidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadida</numerusform>
                <numerusform>%n añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n removed</source>
            <translation>
                <numerusform>%n eliminada</numerusform>
                <numerusform>%n eliminadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificada</numerusform>
                <numerusform>%n modificadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/LayoutDiff.cpp" line="+30" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>row %1, column %2</source>
            <translation>fila %1, columna %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>every phase</source>
            <translation>todas las fases</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no phase</source>
            <translation>ninguna fase</translation>
        </message>
        <message>
            <location line="+12" />
            <source>small</source>
            <translation>pequeña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>medium</source>
            <translation>mediana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>large</source>
            <translation>grande</translation>
        </message>
        <message>
            <location line="+2" />
            <source>full height</source>
            <translation>de altura completa</translation>
        </message>
        <message>
            <location line="+99" />
            <source>%1 is now titled %2 (was %3).</source>
            <translation>%1 se titula ahora %2 (antes %3).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: subtitle changed from %2 to %3.</source>
            <translation>%1: el subtítulo cambió de %2 a %3.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: colour changed from %2 to %3.</source>
            <translation>%1: el color cambió de %2 a %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: icon changed from %2 to %3.</source>
            <translation>%1: el icono cambió de %2 a %3.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: theme changed.</source>
            <translation>%1: el tema cambió.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is now shown to %2.</source>
            <translation>%1 se muestra ahora a %2.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 is no longer shown to %2.</source>
            <translation>%1 ya no se muestra a %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is now shown in %2 (was %3).</source>
            <translation>%1 se muestra ahora en %2 (antes %3).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: visibility conditions changed (%2).</source>
            <translation>%1: cambiaron las condiciones de visibilidad (%2).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 now spans %2 of 12 columns (was %3).</source>
            <translation>%1 ocupa ahora %2 de 12 columnas (antes %3).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is now %2 (was %3).</source>
            <translation>%1 es ahora %2 (antes %3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: responsive layout changed.</source>
            <translation>%1: cambió el diseño adaptable.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be viewed by %2.</source>
            <translation>%2 puede ver ahora %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be viewed by %2.</source>
            <translation>%2 ya no puede ver %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be edited by %2.</source>
            <translation>%2 puede editar ahora %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be edited by %2.</source>
            <translation>%2 ya no puede editar %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 can now be hidden by %2.</source>
            <translation>%2 puede ocultar ahora %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 can no longer be hidden by %2.</source>
            <translation>%2 ya no puede ocultar %1.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1 removed (it was at %2).</source>
            <translation>%1 eliminada (estaba en %2).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 added at %2.</source>
            <translation>%1 añadida en %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 moved to %2 (was %3).</source>
            <translation>%1 movida a %2 (antes %3).</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutDocument</name>
        <message>
            <location filename="../models/LayoutDocument.cpp" line="+143" />
            <location line="+125" />
            <source>This layout is open read-only.</source>
            <translation>Este diseño está abierto solo para lectura.</translation>
        </message>
        <message>
            <location line="-122" />
            <location line="+102" />
            <location line="+88" />
            <source>There is no such section on this dashboard.</source>
            <translation>Esta sección no está en este panel.</translation>
        </message>
        <message>
            <location line="-187" />
            <source>Only admins change who sees or edits a section (%1).</source>
            <translation>Solo los administradores cambian quién ve o edita una sección (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only admins change the %1 section.</source>
            <translation>Solo los administradores cambian la sección %1.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This would move the %1 section, which only admins change; move the other tiles instead.</source>
            <translation>Esto movería la sección %1, que solo cambian los administradores; mueva las otras fichas en su lugar.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Move %1</source>
            <translation>Mover %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Resize %1</source>
            <translation>Cambiar el tamaño de %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>There is no field %1 on a section.</source>
            <translation>Una sección no tiene el campo %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A tile's position changes by moving it.</source>
            <translation>La posición de una ficha cambia al moverla.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is too long: at most %2 characters.</source>
            <translation>%1 es demasiado largo: %2 caracteres como máximo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 cannot take that value.</source>
            <translation>%1 no admite ese valor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change %2 of %1</source>
            <translation>Cambiar %2 de %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Only who sees, edits and hides a section changes here (%1).</source>
            <translation>Aquí solo cambia quién ve, edita y oculta una sección (%1).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose the type of the new section.</source>
            <translation>Elija el tipo de la nueva sección.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This dashboard already has a %1 section.</source>
            <translation>Este panel ya tiene una sección %1.</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+25" />
            <source>Only admins add the %1 section.</source>
            <translation>Solo los administradores añaden la sección %1.</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Add %1</source>
            <translation>Añadir %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Duplicate %1</source>
            <translation>Duplicar %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
        <message>
            <location line="+349" />
            <source>Take their %2 of %1</source>
            <translation>Tomar su %2 de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>removal</source>
            <translation>eliminación</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPage</name>
        <message>
            <location filename="../ui/layout/LayoutPage.cpp" line="+143" />
            <source>Discard your changes?</source>
            <translation>¿Descartar sus cambios?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Your %n unsaved change(s) to this layout are lost.</source>
            <translation>
                <numerusform>Se pierde %n cambio sin guardar de este diseño.</numerusform>
                <numerusform>Se pierden %n cambios sin guardar de este diseño.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Removed %1; Ctrl+Z brings it back.</source>
            <translation>Se quitó %1; Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Copying the organization's layout to this wedding…</source>
            <translation>Copiando el diseño de la organización a esta boda…</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 was saved by someone else first: choose what to keep.</source>
            <translation>Otra persona guardó %1 antes: elija qué conservar.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Layout</source>
            <translation>Diseño</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Save your layout changes?</source>
            <translation>¿Guardar los cambios del diseño?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have %n unsaved change(s) to the layout you are leaving. Save them before switching? If you don't, they are discarded.</source>
            <translation>
                <numerusform>Tiene %n cambio sin guardar en el diseño que deja. ¿Guardarlo antes de cambiar? Si no, se descarta.</numerusform>
                <numerusform>Tiene %n cambios sin guardar en el diseño que deja. ¿Guardarlos antes de cambiar? Si no, se descartan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Fix the problems marked in red before saving.</source>
            <translation>Corrija los problemas marcados en rojo antes de guardar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Someone else changed sections you edited: choose what to keep first.</source>
            <translation>Otra persona cambió secciones que usted editó: elija primero qué conservar.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Saving %n section(s)…</source>
            <translation>
                <numerusform>Guardando %n sección…</numerusform>
                <numerusform>Guardando %n secciones…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The server cannot be reached: %n change(s) saved on this computer; they are sent when it is back.</source>
            <translation>
                <numerusform>No se puede contactar con el servidor: %n cambio guardado en este equipo; se envía cuando vuelva.</numerusform>
                <numerusform>No se puede contactar con el servidor: %n cambios guardados en este equipo; se envían cuando vuelva.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Layout saved.</source>
            <translation>Diseño guardado.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Also editing: %1</source>
            <translation>También editando: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Every section type is on this dashboard</source>
            <translation>Todos los tipos de sección ya están en este panel</translation>
        </message>
        <message>
            <location line="+16" />
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n cambio sin guardar</numerusform>
                <numerusform>%n cambios sin guardar</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>No organization chosen</source>
            <translation>Ninguna organización elegida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization default layout</source>
            <translation>Diseño predeterminado de la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Layout for %1 (%2)</source>
            <translation>Diseño de %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layout for the chosen wedding</source>
            <translation>Diseño de la boda elegida</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose an organization in the switcher above to edit its layout.</source>
            <translation>Elija una organización en el selector de arriba para editar su diseño.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Someone else saved %n section(s) you are editing: choose what to keep.</source>
            <translation>
                <numerusform>Otra persona guardó %n sección que usted está editando: elija qué conservar.</numerusform>
                <numerusform>Otra persona guardó %n secciones que usted está editando: elija qué conservar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>This wedding uses the organization's default layout.</source>
            <translation>Esta boda usa el diseño predeterminado de la organización.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This wedding uses the organization's default layout. Customize it to change it for this wedding only.</source>
            <translation>Esta boda usa el diseño predeterminado de la organización. Personalícelo para cambiarlo solo en esta boda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Read-only: support staff can look at layouts but not change them.</source>
            <translation>Solo lectura: el personal de soporte puede ver los diseños, pero no cambiarlos.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This layout has no sections yet: add one with “Add section”.</source>
            <translation>Este diseño aún no tiene secciones: añada una con «Añadir sección».</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Customize for this wedding</source>
            <translation>Personalizar para esta boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the organization's default layout to this wedding, to change it for this wedding only</source>
            <translation>Copiar el diseño predeterminado de la organización a esta boda, para cambiarlo solo en ella</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add section</source>
            <translation>Añadir sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a section of a type not on this dashboard yet</source>
            <translation>Añadir una sección de un tipo que aún no está en este panel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate as</source>
            <translation>Duplicar como</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new section of another type with the selected section's settings</source>
            <translation>Una sección nueva de otro tipo con los ajustes de la sección seleccionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected section (Delete); Ctrl+Z undoes it</source>
            <translation>Quitar la sección seleccionada (Supr); Ctrl+Z lo deshace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the changes to the server (Ctrl+S)</source>
            <translation>Enviar los cambios al servidor (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save layout</source>
            <translation>Guardar diseño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review…</source>
            <translation>Revisar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving</source>
            <translation>Guardando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPreviewGrid</name>
        <message>
            <location filename="../ui/layout/LayoutPreviewGrid.cpp" line="+106" />
            <source>%1 (read-only)</source>
            <translation>%1 (solo lectura)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This person sees no section.</source>
            <translation>Esta persona no ve ninguna sección.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutPreviewPane</name>
        <message>
            <location filename="../ui/layout/LayoutPreviewPane.cpp" line="+181" />
            <location line="+105" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="-88" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%1 in %2: sees %n section(s), %3 read-only, %4 hidden.</source>
            <translation>
                <numerusform>%1 en %2: ve %n sección, %3 de solo lectura, %4 ocultas.</numerusform>
                <numerusform>%1 en %2: ve %n secciones, %3 de solo lectura, %4 ocultas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1, organization-wide: sees %n section(s), %2 read-only, %3 hidden.</source>
            <translation>
                <numerusform>%1, en toda la organización: ve %n sección, %2 de solo lectura, %3 ocultas.</numerusform>
                <numerusform>%1, en toda la organización: ve %n secciones, %2 de solo lectura, %3 ocultas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hidden from this person (%1)</source>
            <translation>Ocultas para esta persona (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No problems found in this layout.</source>
            <translation>No se encontraron problemas en este diseño.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems in this layout (%1)</source>
            <translation>Problemas en este diseño (%1)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Preview as</source>
            <translation>Ver como</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview as role</source>
            <translation>Ver como el rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wedding phase</source>
            <translation>Fase de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The phase of the wedding to preview; the organization's default layout has no phase.</source>
            <translation>La fase de la boda que se previsualiza; el diseño predeterminado de la organización no tiene fase.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time of day at the venue</source>
            <translation>Hora del día en el lugar de la boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sections hidden from this person, with the reason</source>
            <translation>Secciones ocultas para esta persona, con el motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems in this layout</source>
            <translation>Problemas en este diseño</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preview as a member</source>
            <translation>Ver como un miembro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preview as one real member of the organization, with their role and the weddings they may access.</source>
            <translation>Ver como un miembro real de la organización, con su rol y las bodas a las que tiene acceso.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Anyone with this role</source>
            <translation>Cualquiera con este rol</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutSaveRun</name>
        <message>
            <location filename="../services/layout/LayoutSaveRun.cpp" line="+108" />
            <source>Delete “%1”</source>
            <translation>Eliminar «%1»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit “%1”</source>
            <translation>Editar «%1»</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Move %1</source>
            <translation>Mover %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add “%1”</source>
            <translation>Añadir «%1»</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing to save.</source>
            <translation>No hay nada que guardar.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1: someone else saved this section first. Choose what to keep, then save again.</source>
            <translation>%1: otra persona guardó esta sección antes. Elija qué conservar y vuelva a guardar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The server cannot be reached and the edits could not be stored on this computer either; keep the editor open and save again.</source>
            <translation>No se puede contactar con el servidor y los cambios tampoco se pudieron guardar en este equipo; mantenga el editor abierto y vuelva a guardar.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Saved locally: %n change(s) will be sent when the server is back.</source>
            <translation>
                <numerusform>Guardado localmente: %n cambio se enviará cuando vuelva el servidor.</numerusform>
                <numerusform>Guardado localmente: %n cambios se enviarán cuando vuelva el servidor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutTile</name>
        <message>
            <location filename="../ui/layout/LayoutTile.cpp" line="+26" />
            <source>small</source>
            <translation>pequeña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>medium</source>
            <translation>mediana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>large</source>
            <translation>grande</translation>
        </message>
        <message>
            <location line="+2" />
            <source>full</source>
            <translation>completa</translation>
        </message>
        <message numerus="yes">
            <location line="+58" />
            <source>%1, row %2, column %3, %n columns wide, %4</source>
            <translation>
                <numerusform>%1, fila %2, columna %3, %n columna de ancho, %4</numerusform>
                <numerusform>%1, fila %2, columna %3, %n columnas de ancho, %4</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected</source>
            <translation>Seleccionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Has problems: %1</source>
            <translation>Tiene problemas: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed by someone else while you edited it: choose which values to keep</source>
            <translation>Otra persona la cambió mientras la editabas: elige qué valores conservar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Also open by %1</source>
            <translation>También la tiene abierta %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LayoutVersionsPane</name>
        <message>
            <location filename="../ui/layout/LayoutVersionsPane.cpp" line="+74" />
            <source>Restored as version %1.</source>
            <translation>Restaurado como versión %1.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No saved versions yet: the first save creates one.</source>
            <translation>Aún no hay versiones guardadas: el primer guardado crea una.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Select a version to see how it differs from the layout on screen, or two to compare them.</source>
            <translation>Seleccione una versión para ver en qué difiere del diseño en pantalla, o dos para compararlas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select at most two versions to compare.</source>
            <translation>Seleccione como máximo dos versiones para comparar.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Loading the version…</source>
            <translation>Cargando la versión…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From version %1 to version %2: %3</source>
            <translation>De la versión %1 a la versión %2: %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From version %1 to the layout on screen: %2</source>
            <translation>De la versión %1 al diseño en pantalla: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The layout becomes what it was in version %1, as a new version; the current one stays in the list and can be restored in turn.</source>
            <translation>El diseño vuelve a ser el de la versión %1, como una versión nueva; la actual queda en la lista y también puede restaurarse.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your unsaved changes to this layout are discarded.</source>
            <translation>Se descartan sus cambios sin guardar de este diseño.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore version %1?</source>
            <translation>¿Restaurar la versión %1?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore version %1</source>
            <translation>Restaurar la versión %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restoring version %1…</source>
            <translation>Restaurando la versión %1…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saved</source>
            <translation>Guardada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved versions of this layout</source>
            <translation>Versiones guardadas de este diseño</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Differences between the versions</source>
            <translation>Diferencias entre las versiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload versions</source>
            <translation>Recargar versiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make the layout what it was in the selected version</source>
            <translation>Devolver el diseño a como era en la versión seleccionada</translation>
        </message>
    </context>
    <context>
        <name>wedsync::LocalBackend</name>
        <message>
            <location filename="../services/backend/LocalBackend.cpp" line="+80" />
            <source>The local server could not be started: wedsync-server was not found next to the console. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its path, or connect to another server.</source>
            <translation>No se pudo iniciar el servidor local: no se encontró wedsync-server junto a la consola. Reinstale WedSync Admin, indique su ruta en WEDSYNC_SERVER_EXECUTABLE o conéctese a otro servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The local server could not be started: %1 does not exist or is not a program. Reinstall WedSync Admin, set WEDSYNC_SERVER_EXECUTABLE to its path, or connect to another server.</source>
            <translation>No se pudo iniciar el servidor local: %1 no existe o no es un programa. Reinstale WedSync Admin, indique su ruta en WEDSYNC_SERVER_EXECUTABLE o conéctese a otro servidor.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The local server could not be started: its data folder %1 cannot be created. Check the permissions of that folder.</source>
            <translation>No se pudo iniciar el servidor local: no se puede crear su carpeta de datos %1. Compruebe los permisos de esa carpeta.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>It wrote no error message.</source>
            <translation>No escribió ningún mensaje de error.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its last message: "%1"</source>
            <translation>Su último mensaje: «%1»</translation>
        </message>
        <message>
            <location line="+14" />
            <source>it was killed or crashed</source>
            <translation>se detuvo por la fuerza o falló</translation>
        </message>
        <message>
            <location line="+1" />
            <source>exit code %1</source>
            <translation>código de salida %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The local server could not start (%1). %2</source>
            <translation>El servidor local no pudo iniciarse (%1). %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The local server stopped unexpectedly again (%1) and was not restarted. %2 Restart the console, or connect to another server.</source>
            <translation>El servidor local volvió a detenerse inesperadamente (%1) y no se reinició. %2 Reinicie la consola o conéctese a otro servidor.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The local server %1 could not be started: %2</source>
            <translation>No se pudo iniciar el servidor local %1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>The local server did not report that it was ready within %n second(s). %1</source>
            <translation>
                <numerusform>El servidor local no indicó que estuviera listo en %n segundo. %1</numerusform>
                <numerusform>El servidor local no indicó que estuviera listo en %n segundos. %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::LocalCache</name>
        <message>
            <location filename="../services/cache/LocalCache.cpp" line="+88" />
            <source>The local cache %1 is damaged and cannot be read (%2). Move it aside to start afresh; the console reloads everything from the server.</source>
            <translation>La caché local %1 está dañada y no se puede leer (%2). Apártela para empezar de cero; la consola vuelve a cargar todo desde el servidor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The local cache %1 was written by a newer WedSync console (%2). Update the console, or sign in with another profile.</source>
            <translation>La caché local %1 la escribió una consola WedSync más reciente (%2). Actualice la consola o inicie sesión con otro perfil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The local cache %1 cannot be opened (%2). Check that the folder exists, is writable and has free space.</source>
            <translation>No se puede abrir la caché local %1 (%2). Compruebe que la carpeta existe, se puede escribir y tiene espacio libre.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>it is already open</source>
            <translation>ya está abierta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>connection %1 is already in use</source>
            <translation>la conexión %1 ya está en uso</translation>
        </message>
        <message>
            <location line="+11" />
            <source>cannot create the folder</source>
            <translation>no se puede crear la carpeta</translation>
        </message>
        <message>
            <location filename="../services/cache/CacheSchema.cpp" line="+142" />
            <source>schema %1; this console knows up to %2</source>
            <translation>esquema %1; esta consola conoce hasta el %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::MainWindow</name>
        <message>
            <location filename="../ui/shell/MainWindow.cpp" line="+316" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+73" />
            <source>%1 — WedSync Admin</source>
            <translation>%1 — WedSync Admin</translation>
        </message>
        <message>
            <location line="-366" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
        <message>
            <location line="+336" />
            <source>&amp;Console</source>
            <translation>&amp;Consola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the current screen (F5)</source>
            <translation>Volver a cargar la pantalla actual (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Settings…</source>
            <translation>A&amp;justes…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign &amp;out</source>
            <translation>C&amp;errar sesión</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign &amp;in…</source>
            <translation>&amp;Iniciar sesión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Screens</source>
            <translation>Pantallas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a screen; Ctrl+1 to Ctrl+9 also switch</source>
            <translation>Elija una pantalla; Ctrl+1 a Ctrl+9 también cambian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current screen</source>
            <translation>Pantalla actual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization and wedding</source>
            <translation>Organización y boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to see your organizations.</source>
            <translation>Inicie sesión para ver sus organizaciones.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no screen this account may open.</source>
            <translation>No hay ninguna pantalla que esta cuenta pueda abrir.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not signed in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed-in account</source>
            <translation>Cuenta con sesión iniciada</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WedSync Admin</source>
            <translation>WedSync Admin</translation>
        </message>
    </context>
    <context>
        <name>wedsync::MappingPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+223" />
            <source>Map the fields</source>
            <translation>Asignar los campos</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Each row fills one WedSync field from a column of %1. The last column shows what the first row the CRM returned would give.</source>
            <translation>Cada fila rellena un campo de WedSync con una columna de %1. La última columna muestra qué daría la primera fila que devolvió el CRM.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::MatrixChangesTree</name>
        <message>
            <location filename="../ui/permissions/MatrixChangesTree.cpp" line="+17" />
            <source>view</source>
            <translation>ver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation>editar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hide</source>
            <translation>ocultar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>allowed</source>
            <translation>permitido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not allowed</source>
            <translation>no permitido</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permission</source>
            <translation>Permiso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
    </context>
    <context>
        <name>wedsync::MatrixFindings</name>
        <message>
            <location filename="../core/PermissionMatrixFindings.cpp" line="+48" />
            <source>This change lets the %1 role edit %2. Guests and vendors are outside the planning team: make sure they should change it, or clear the edit permission.</source>
            <translation>Este cambio permite al rol %1 editar %2. Los invitados y los proveedores no forman parte del equipo de planificación: asegúrese de que deban cambiarla o quite el permiso de edición.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::NoMatchNotice</name>
        <message>
            <location filename="../ui/common/NoMatchNotice.cpp" line="+49" />
            <source>Clear filters</source>
            <translation>Limpiar filtros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear the filters and show every row</source>
            <translation>Limpiar los filtros y mostrar todas las filas</translation>
        </message>
    </context>
    <context>
        <name>wedsync::NoticeCenter</name>
        <message numerus="yes">
            <location filename="../services/notices/NoticeCenter.cpp" line="+9" />
            <source>%n more sync failure(s) since the last notice.</source>
            <translation>
                <numerusform>%n fallo de sincronización más desde el último aviso.</numerusform>
                <numerusform>%n fallos de sincronización más desde el último aviso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more conflict(s) to resolve since the last notice.</source>
            <translation>
                <numerusform>%n conflicto más por resolver desde el último aviso.</numerusform>
                <numerusform>%n conflictos más por resolver desde el último aviso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more submission(s) to review since the last notice.</source>
            <translation>
                <numerusform>%n envío más por revisar desde el último aviso.</numerusform>
                <numerusform>%n envíos más por revisar desde el último aviso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more account(s) about to expire.</source>
            <translation>
                <numerusform>%n cuenta más a punto de caducar.</numerusform>
                <numerusform>%n cuentas más a punto de caducar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Sync failures of my tenants</source>
            <translation>Fallos de sincronización de mis inquilinos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New conflicts to resolve</source>
            <translation>Conflictos nuevos por resolver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Supplier submissions to review</source>
            <translation>Envíos de proveedores por revisar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected accounts about to expire</source>
            <translation>Cuentas conectadas a punto de caducar</translation>
        </message>
    </context>
    <context>
        <name>wedsync::NoticeSources</name>
        <message>
            <location filename="../app/NoticeSources.cpp" line="+30" />
            <source>Sync failed: %1</source>
            <translation>Falló la sincronización: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 did not reach every client. Open Sync health to see why and resync.</source>
            <translation>%1 no llegó a todos los clientes. Abra Sincronización para ver por qué y resincronizar.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New conflict to resolve</source>
            <translation>Conflicto nuevo por resolver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New conflict: %1</source>
            <translation>Conflicto nuevo: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An edit met a newer change. Open Conflicts to compare both sides.</source>
            <translation>Una edición se encontró con un cambio más reciente. Abra Conflictos para comparar ambas versiones.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>New submission to review</source>
            <translation>Nuevo envío por revisar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To review: %1</source>
            <translation>Por revisar: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A supplier submitted a requirement. Open Suppliers to review it.</source>
            <translation>Un proveedor envió un requisito. Abra Proveedores para revisarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 submitted it for review. Open Suppliers to approve it or ask for a revision.</source>
            <translation>%1 lo envió para revisión. Abra Proveedores para aprobarlo o pedir cambios.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::NoticeTray</name>
        <message>
            <location filename="../ui/shell/NoticeTray.cpp" line="+58" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>WedSync Admin</source>
            <translation>WedSync Admin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open WedSync Admin</source>
            <translation>Abrir WedSync Admin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the last notice</source>
            <translation>Abrir el último aviso</translation>
        </message>
    </context>
    <context>
        <name>wedsync::OAuthSignIn</name>
        <message>
            <location filename="../services/oauth/OAuthSignIn.cpp" line="+33" />
            <source>No answer came back from the browser within ten minutes. Sign in again.</source>
            <translation>El navegador no respondió en diez minutos. Inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This computer refused a local port for the browser's answer. Check the firewall, then sign in again.</source>
            <translation>Este equipo no dio un puerto local para la respuesta del navegador. Revise el cortafuegos e inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>The server's answer could not be read: it names nothing signed in.</source>
            <translation>No se pudo leer la respuesta del servidor: no nombra nada con la sesión iniciada.</translation>
        </message>
        <message>
            <location line="-47" />
            <source>WedSync Admin received the sign-in. You can close this page and go back to WedSync Admin.</source>
            <translation>WedSync Admin recibió el inicio de sesión. Puede cerrar esta página y volver a WedSync Admin.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The server's answer had no usable sign-in address.</source>
            <translation>La respuesta del servidor no traía una dirección de inicio de sesión utilizable.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::OAuthSignInPanel</name>
        <message>
            <location filename="../ui/common/OAuthSignInPanel.cpp" line="+23" />
            <source>If no browser opened, copy this &amp;address into one:</source>
            <translation>Si no se abrió ningún navegador, copie esta &amp;dirección en uno:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Signed in at %1. WedSync is saving the access…</source>
            <translation>Sesión iniciada en %1. WedSync está guardando el acceso…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Signed in. %1 is connected; the access is kept encrypted on the WedSync server, not on this computer.</source>
            <translation>Sesión iniciada. %1 está conectado; el acceso se guarda cifrado en el servidor de WedSync, no en este equipo.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Opening the sign-in page…</source>
            <translation>Abriendo la página de inicio de sesión…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Waiting for you to sign in in the browser…</source>
            <translation>Esperando a que inicie sesión en el navegador…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No browser could be opened. Copy the address below into a browser on this computer and sign in there.</source>
            <translation>No se pudo abrir ningún navegador. Copie la dirección de abajo en un navegador de este equipo e inicie sesión allí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the sign-in page a&amp;gain</source>
            <translation>Abrir de nue&amp;vo la página de inicio de sesión</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sign in a&amp;gain</source>
            <translation>Iniciar sesión de nue&amp;vo</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The sign-in did not finish: %1</source>
            <translation>El inicio de sesión no terminó: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::OrganizationSwitcher</name>
        <message>
            <location filename="../ui/shell/OrganizationSwitcher.cpp" line="+60" />
            <location line="+105" />
            <source>All organizations</source>
            <translation>Todas las organizaciones</translation>
        </message>
        <message>
            <location line="-86" />
            <location line="+21" />
            <location line="+67" />
            <source>All weddings</source>
            <translation>Todas las bodas</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+76" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="-11" />
            <source>&amp;Organization:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The organization whose data the screens show</source>
            <translation>La organización cuyos datos muestran las pantallas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Wedding:</source>
            <translation>&amp;Boda:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Wedding</source>
            <translation>Boda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Narrow the screens to one wedding</source>
            <translation>Limitar las pantallas a una boda</translation>
        </message>
    </context>
    <context>
        <name>wedsync::OutboxDialog</name>
        <message>
            <location filename="../ui/shell/OutboxDialog.cpp" line="+52" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Applied</source>
            <translation>Aplicado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Edits</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edits made in the console are sent to the server in order. A conflict keeps both versions until you choose; a refused edit is not sent again.</source>
            <translation>Los cambios hechos en la consola se envían al servidor en orden. Un conflicto conserva ambas versiones hasta que usted elija; un cambio rechazado no se vuelve a enviar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Conflicts</source>
            <translation>Abrir &amp;conflictos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare both versions field by field and choose</source>
            <translation>Comparar ambas versiones campo a campo y elegir</translation>
        </message>
    </context>
    <context>
        <name>wedsync::OutboxJournal</name>
        <message>
            <location filename="../services/cache/OutboxJournal.cpp" line="+62" />
            <source>Changed meanwhile by %1 on %2; both versions are kept until you choose.</source>
            <translation>Cambiado entretanto por %1 el %2; se conservan ambas versiones hasta que usted elija.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Changed on the server meanwhile; both versions are kept until you choose.</source>
            <translation>Cambiado en el servidor entretanto; se conservan ambas versiones hasta que usted elija.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The server refused this edit; it will not be sent again.</source>
            <translation>El servidor rechazó este cambio; no se volverá a enviar.</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>%n edit(s) applied</source>
            <translation>
                <numerusform>%n cambio aplicado</numerusform>
                <numerusform>%n cambios aplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflicto por resolver</numerusform>
                <numerusform>%n conflictos por resolver</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n edit(s) refused</source>
            <translation>
                <numerusform>%n cambio rechazado</numerusform>
                <numerusform>%n cambios rechazados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionCellDelegate</name>
        <message>
            <location filename="../ui/permissions/PermissionCellDelegate.cpp" line="+31" />
            <source>V</source>
            <extracomment>The one-letter toggle for "view" in a permission matrix cell.</extracomment>
            <translation>V</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E</source>
            <extracomment>The one-letter toggle for "edit" in a permission matrix cell.</extracomment>
            <translation>E</translation>
        </message>
        <message>
            <location line="+3" />
            <source>H</source>
            <extracomment>The one-letter toggle for "hide" in a permission matrix cell.</extracomment>
            <translation>O</translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionEngine</name>
        <message>
            <location filename="../core/PermissionEngine.cpp" line="+197" />
            <source>%1 may view %2: the section is visible to %1</source>
            <translation>%1 puede ver %2: la sección es visible para %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 may view %2: inherited from %3's visibility</source>
            <translation>%1 puede ver %2: heredado de la visibilidad de %3</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 may view %2: the section's permissions grant %1 view directly (canView)</source>
            <translation>%1 puede ver %2: los permisos de la sección conceden a %1 la visualización directamente (canView)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 may view %2: this person has full access to this wedding</source>
            <translation>%1 puede ver %2: esta persona tiene acceso completo a esta boda</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 may not view %2: no rule grants it — visible to %3</source>
            <translation>%1 no puede ver %2: ninguna regla lo concede — visible para %3</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 may view %2: the section is shown in %3, and this wedding is in %4</source>
            <translation>%1 puede ver %2: la sección se muestra en %3 y esta boda está en %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 may not view %2: the section is not shown in any wedding phase</source>
            <translation>%1 no puede ver %2: la sección no se muestra en ninguna fase de boda</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not view %2: the section is shown only in %3, and this wedding is in %4</source>
            <translation>%1 no puede ver %2: la sección solo se muestra en %3 y esta boda está en %4</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 may view %2: %3</source>
            <translation>%1 puede ver %2: %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 may not view %2: %3</source>
            <translation>%1 no puede ver %2: %3</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 may edit %2: the section's permissions let %1 edit (canEdit)</source>
            <translation>%1 puede editar %2: los permisos de la sección permiten editar a %1 (canEdit)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 may edit %2: admins edit every section</source>
            <translation>%1 puede editar %2: los administradores editan todas las secciones</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 may edit %2: coordinators edit every section except billing and admin</source>
            <translation>%1 puede editar %2: los coordinadores editan todas las secciones salvo facturación y administración</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 may not edit %2: coordinators edit every section except billing and admin, and the section's canEdit does not list coordinator</source>
            <translation>%1 no puede editar %2: los coordinadores editan todas las secciones salvo facturación y administración, y el canEdit de la sección no incluye coordinator</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not edit %2: only admin, coordinator and the roles in the section's canEdit (%3) may edit it</source>
            <translation>%1 no puede editar %2: solo admin, coordinator y los roles del canEdit de la sección (%3) pueden editarla</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 may not edit %2: only people who can view a section may edit it</source>
            <translation>%1 no puede editar %2: solo quien puede ver una sección puede editarla</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 may hide %2: the section's permissions let %1 hide it (canHide)</source>
            <translation>%1 puede ocultar %2: los permisos de la sección permiten a %1 ocultarla (canHide)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 may not hide %2: only the roles in the section's canHide (%3) may hide it</source>
            <translation>%1 no puede ocultar %2: solo los roles del canHide de la sección (%3) pueden ocultarla</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1 on %2: %3</source>
            <translation>%1 en %2: %3</translation>
        </message>
        <message>
            <location filename="../core/PermissionEngine.cpp" line="+31" />
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>wedding phase %1</source>
            <translation>fase de boda %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>it is the wedding day</source>
            <translation>es el día de la boda</translation>
        </message>
        <message>
            <location line="+0" />
            <source>it is not the wedding day</source>
            <translation>no es el día de la boda</translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionImportDialog</name>
        <message>
            <location filename="../ui/permissions/PermissionImportDialog.cpp" line="+25" />
            <source>Import permissions from %1</source>
            <translation>Importar permisos de %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 cannot be imported; nothing was changed. %2</source>
            <translation>%1 no se puede importar; no se cambió nada. %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+10" />
            <source>After import</source>
            <translation>Tras importar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 changes nothing: this dashboard already has these permissions.</source>
            <translation>%1 no cambia nada: este panel ya tiene estos permisos.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Importing %1 changes %n cell(s)</source>
            <translation>
                <numerusform>Importar %1 cambia %n celda</numerusform>
                <numerusform>Importar %1 cambia %n celdas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>on %n section(s). It is applied on the server as one change, all or nothing, and recorded in the audit trail.</source>
            <translation>
                <numerusform>en %n sección. Se aplica en el servidor como un único cambio, todo o nada, y queda anotado en el registro de auditoría.</numerusform>
                <numerusform>en %n secciones. Se aplica en el servidor como un único cambio, todo o nada, y queda anotado en el registro de auditoría.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>After the import, %n new finding(s):</source>
            <translation>
                <numerusform>Tras la importación, %n hallazgo nuevo:</numerusform>
                <numerusform>Tras la importación, %n hallazgos nuevos:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Apply %n change(s)</source>
            <translation>
                <numerusform>Aplicar %n cambio</numerusform>
                <numerusform>Aplicar %n cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionJson</name>
        <message>
            <location filename="../core/PermissionJson.cpp" line="-128" />
            <source>The user profile has %n problem(s).</source>
            <translation>El perfil de usuario tiene %n problemas.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The wedding has %n problem(s).</source>
            <translation>La boda tiene %n problemas.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>The permission has %n problem(s).</source>
            <translation>El permiso tiene %n problemas.</translation>
        </message>
        <message>
            <location filename="../core/PermissionJson.cpp" line="+104" />
            <source>Unknown role "%1"; use guest, vendor, couple, photographer, coordinator or admin.</source>
            <translation>Rol desconocido «%1»; use guest, vendor, couple, photographer, coordinator o admin.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The role is empty; leave it out or use null for a guest.</source>
            <translation>El rol está vacío; omítalo o use null para un invitado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Each wedding access entry must be an object.</source>
            <translation>Cada entrada de acceso a boda debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>"%1" is not a calendar date; use YYYY-MM-DD, e.g. 2026-06-14.</source>
            <translation>«%1» no es una fecha; use AAAA-MM-DD, p. ej. 2026-06-14.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unknown time zone "%1"; use an IANA name such as Europe/London or Australia/Sydney.</source>
            <translation>Zona horaria desconocida «%1»; use un nombre IANA como Europe/Madrid o America/Mexico_City.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Unknown wedding phase "%1"; use planning, pre_wedding, wedding_day or post_wedding.</source>
            <translation>Fase de boda desconocida «%1»; use planning, pre_wedding, wedding_day o post_wedding.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Each explanation entry must be an object.</source>
            <translation>Cada entrada de explicación debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unknown flag "%1"; use view, edit, hide or conditions.</source>
            <translation>Indicador desconocido «%1»; use view, edit, hide o conditions.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionMatrixModel</name>
        <message>
            <location filename="../models/PermissionMatrixModel.cpp" line="+41" />
            <source>view</source>
            <translation>ver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation>editar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>hide</source>
            <translation>ocultar</translation>
        </message>
        <message>
            <location line="+146" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (a %2 section)</source>
            <translation>%1 (una sección %2)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>no access</source>
            <translation>sin acceso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Someone else saved a different value: choose what to keep.</source>
            <translation>Otra persona guardó un valor distinto: elija qué conservar.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Let %1 %2 %3</source>
            <translation>Permitir a %1 %2 %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop %1 from %2 %3</source>
            <translation>Impedir a %1 %2 %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>viewing</source>
            <translation>ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>editing</source>
            <translation>editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hiding</source>
            <translation>ocultar</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Allow %1 on %n cell(s)</source>
            <translation>
                <numerusform>Permitir %1 en %n celda</numerusform>
                <numerusform>Permitir %1 en %n celdas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Deny %1 on %n cell(s)</source>
            <translation>
                <numerusform>Impedir %1 en %n celda</numerusform>
                <numerusform>Impedir %1 en %n celdas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Copy %1's permissions to %2</source>
            <translation>Copiar los permisos de %1 a %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionTemplateDialog</name>
        <message>
            <location filename="../ui/permissions/PermissionTemplateDialog.cpp" line="+35" />
            <source>Apply a permission template</source>
            <translation>Aplicar una plantilla de permisos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cells the template changes</source>
            <translation>Celdas que cambia la plantilla</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+75" />
            <source>&amp;Apply template</source>
            <translation>&amp;Aplicar plantilla</translation>
        </message>
        <message>
            <location line="-67" />
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>After the template</source>
            <translation>Con la plantilla</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“%1” changes nothing: this dashboard already has its permissions.</source>
            <translation>«%1» no cambia nada: este panel ya tiene sus permisos.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>“%1” changes %n cell(s)</source>
            <translation>
                <numerusform>«%1» cambia %n celda</numerusform>
                <numerusform>«%1» cambia %n celdas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>on %n section(s). Other sections and roles keep theirs. It is applied on the server as one change, all or nothing, and recorded in the audit trail.</source>
            <translation>
                <numerusform>en %n sección. Las demás secciones y roles conservan los suyos. Se aplica en el servidor como un solo cambio, todo o nada, y queda en el registro de auditoría.</numerusform>
                <numerusform>en %n secciones. Las demás secciones y roles conservan los suyos. Se aplica en el servidor como un solo cambio, todo o nada, y queda en el registro de auditoría.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>After the template, %n new finding(s):</source>
            <translation>
                <numerusform>Tras la plantilla, %n hallazgo nuevo:</numerusform>
                <numerusform>Tras la plantilla, %n hallazgos nuevos:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>This dashboard has no section of these types, which the template also sets: %1.</source>
            <translation>Este panel no tiene secciones de estos tipos, que la plantilla también fija: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>&amp;Apply %n change(s)</source>
            <translation>
                <numerusform>&amp;Aplicar %n cambio</numerusform>
                <numerusform>&amp;Aplicar %n cambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionsPage</name>
        <message>
            <location filename="../ui/permissions/PermissionsPage.cpp" line="+209" />
            <source>Discard your changes?</source>
            <translation>¿Descartar sus cambios?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Your unsaved permission changes to %n section(s) are lost.</source>
            <translation>
                <numerusform>Se pierden sus cambios de permisos sin guardar en %n sección.</numerusform>
                <numerusform>Se pierden sus cambios de permisos sin guardar en %n secciones.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Someone else saved the permissions of %1 first: choose what to keep.</source>
            <translation>Otra persona guardó antes los permisos de %1: elija qué conservar.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The server cannot be reached: %n change(s) saved on this computer; they are sent when it is back.</source>
            <translation>
                <numerusform>No se puede contactar con el servidor: %n cambio guardado en este equipo; se envía cuando vuelva.</numerusform>
                <numerusform>No se puede contactar con el servidor: %n cambios guardados en este equipo; se envían cuando vuelva.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Save your permission changes?</source>
            <translation>¿Guardar los cambios de permisos?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>You have unsaved permission changes to %n section(s) of the dashboard you are leaving. Save them before switching? If you don't, they are discarded.</source>
            <translation>
                <numerusform>Tiene cambios de permisos sin guardar en %n sección del panel que deja. ¿Guardarlos antes de cambiar? Si no, se descartan.</numerusform>
                <numerusform>Tiene cambios de permisos sin guardar en %n secciones del panel que deja. ¿Guardarlos antes de cambiar? Si no, se descartan.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Select cells, rows or columns of the matrix first.</source>
            <translation>Seleccione primero celdas, filas o columnas de la matriz.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 already has the same permissions as %2.</source>
            <translation>%1 ya tiene los mismos permisos que %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copied %1's permissions to %2; Ctrl+Z undoes it.</source>
            <translation>Se copiaron los permisos de %1 a %2; Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>No findings: every role's access looks deliberate.</source>
            <translation>Sin hallazgos: el acceso de cada rol parece intencionado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Findings (%1)</source>
            <translation>Hallazgos (%1)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Findings</source>
            <translation>Hallazgos</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Someone else changed permissions you edited: choose what to keep first.</source>
            <translation>Otra persona cambió permisos que usted editó: elija primero qué conservar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save with new problems?</source>
            <translation>¿Guardar con problemas nuevos?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>This save introduces %n error(s):

%1

Save anyway?</source>
            <translation>
                <numerusform>Este guardado introduce %n error:

%1

¿Guardar de todos modos?</numerusform>
                <numerusform>Este guardado introduce %n errores:

%1

¿Guardar de todos modos?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save anyway</source>
            <translation>Guardar de todos modos</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Saving the permissions of %n section(s)…</source>
            <translation>
                <numerusform>Guardando los permisos de %n sección…</numerusform>
                <numerusform>Guardando los permisos de %n secciones…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Whole matrix…</source>
            <translation>Toda la matriz…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 only…</source>
            <translation>Solo %1…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Export permissions</source>
            <translation>Exportar permisos</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Permissions files (*.json)</source>
            <translation>Archivos de permisos (*.json)</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exported to %1, with your unsaved changes.</source>
            <translation>Exportado a %1, con sus cambios sin guardar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save or discard your changes first: an import is applied to the permissions as the server has them.</source>
            <translation>Guarde o descarte primero sus cambios: una importación se aplica a los permisos tal como los tiene el servidor.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import permissions</source>
            <translation>Importar permisos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not read %1: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save or discard your changes first: a template is applied to the permissions as the server has them.</source>
            <translation>Guarde o descarte primero sus cambios: una plantilla se aplica a los permisos tal como los tiene el servidor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reading the permission templates…</source>
            <translation>Leyendo las plantillas de permisos…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Templates not available</source>
            <translation>Plantillas no disponibles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The permission templates could not be read. %1</source>
            <translation>No se pudieron leer las plantillas de permisos. %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No permission templates</source>
            <translation>No hay plantillas de permisos</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Applying the template “%1”…</source>
            <translation>Aplicando la plantilla «%1»…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Imported. The change is in the audit trail; Ctrl+Z does not undo it, importing an export of the old permissions does.</source>
            <translation>Importado. El cambio queda en el registro de auditoría; Ctrl+Z no lo deshace, pero importar una exportación de los permisos anteriores sí.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The template “%1” was applied. The change is in the audit trail; Ctrl+Z does not undo it, importing an export of the old permissions does.</source>
            <translation>Se aplicó la plantilla «%1». El cambio está en el registro de auditoría; Ctrl+Z no lo deshace, importar una exportación de los permisos anteriores sí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Someone changed these permissions since the preview; nothing was changed. Try again to see the new state.</source>
            <translation>Alguien cambió estos permisos desde la vista previa; no se cambió nada. Vuelva a intentarlo para ver el estado nuevo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Template not applied</source>
            <translation>Plantilla no aplicada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was changed. %1</source>
            <translation>No se cambió nada. %1</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Import failed</source>
            <translation>La importación falló</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Neither the platform nor this organization has published a permission template. Admins add them under Settings, setting type “Permission templates”.</source>
            <translation>Ni la plataforma ni esta organización han publicado una plantilla de permisos. Los administradores las añaden en Ajustes, tipo de ajuste «Plantillas de permisos».</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Permissions saved.</source>
            <translation>Permisos guardados.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n section(s) changed</source>
            <translation>
                <numerusform>%n sección modificada</numerusform>
                <numerusform>%n secciones modificadas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>No organization chosen</source>
            <translation>Ninguna organización elegida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organization default permissions</source>
            <translation>Permisos predeterminados de la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Permissions for %1 (%2)</source>
            <translation>Permisos de %1 (%2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Permissions for the chosen wedding</source>
            <translation>Permisos de la boda elegida</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose an organization in the switcher above to see its permissions.</source>
            <translation>Elija una organización en el selector de arriba para ver sus permisos.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Someone else saved permissions of %n section(s) you are editing: choose what to keep.</source>
            <translation>
                <numerusform>Otra persona guardó permisos de %n sección que usted está editando: elija qué conservar.</numerusform>
                <numerusform>Otra persona guardó permisos de %n secciones que usted está editando: elija qué conservar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>This wedding uses the organization's default sections, so it has the default's permissions. Customize its layout (Layout screen) to give it its own.</source>
            <translation>Esta boda usa las secciones predeterminadas de la organización, así que tiene sus permisos predeterminados. Personalice su diseño (pantalla Diseño) para darle permisos propios.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This dashboard has no sections yet: add them on the Layout screen.</source>
            <translation>Este panel aún no tiene secciones: añádalas en la pantalla Diseño.</translation>
        </message>
        <message>
            <location line="+34" />
            <location line="+1" />
            <source>Filter sections</source>
            <translation>Filtrar secciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selection</source>
            <translation>Selección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set or clear a permission on the selected cells, rows or columns</source>
            <translation>Conceder o quitar un permiso en las celdas, filas o columnas seleccionadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy role…</source>
            <translation>Copiar rol…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give one role exactly the permissions of another</source>
            <translation>Dar a un rol exactamente los permisos de otro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply a permissions file exported here or from another organization or wedding, after a preview</source>
            <translation>Aplicar, tras una vista previa, un archivo de permisos exportado aquí o desde otra organización o boda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply template…</source>
            <translation>Aplicar plantilla…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply a permission template published by the platform or this organization, after a preview of every cell it changes</source>
            <translation>Aplica una plantilla de permisos publicada por la plataforma o por esta organización, tras una vista previa de cada celda que cambia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the whole matrix, or one role's permissions, as a file</source>
            <translation>Guardar en un archivo toda la matriz o los permisos de un rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the changes to the server (Ctrl+S)</source>
            <translation>Enviar los cambios al servidor (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save permissions</source>
            <translation>Guardar permisos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review…</source>
            <translation>Revisar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving</source>
            <translation>Guardando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Permission matrix</source>
            <translation>Matriz de permisos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 view, %2 edit, %3 hide. Filled: granted to the role; dashed: the role gets it through another rule (hover to see which). Click a toggle, or select cells and press %1, %2 or %3 (Space: view).</source>
            <translation>%1 ver, %2 editar, %3 ocultar. Relleno: concedido al rol; discontinuo: el rol lo obtiene por otra regla (pase el puntero para ver cuál). Haga clic en una letra, o seleccione celdas y pulse %1, %2 o %3 (Espacio: ver).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Allow view</source>
            <translation>Permitir ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deny view</source>
            <translation>Impedir ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allow edit</source>
            <translation>Permitir editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deny edit</source>
            <translation>Impedir editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allow hide</source>
            <translation>Permitir ocultar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deny hide</source>
            <translation>Impedir ocultar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Evaluate</source>
            <translation>Evaluar</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ProviderPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-490" />
            <source>Choose your CRM</source>
            <translation>Elija su CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Each CRM is connected the way it really allows: through its API where it has one, else by importing its export file.</source>
            <translation>Cada CRM se conecta como de verdad lo permite: mediante su API si la tiene, y si no, importando su archivo de exportación.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;CRM:</source>
            <translation>&amp;CRM:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connection na&amp;me:</source>
            <translation>No&amp;mbre de la conexión:</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeChannel</name>
        <message>
            <location filename="../services/realtime/RealtimeChannel.cpp" line="+233" />
            <source>The server refused to join %1.</source>
            <translation>El servidor rechazó la unión a %1.</translation>
        </message>
        <message>
            <location line="+69" />
            <source>The server closed the channel %1.</source>
            <translation>El servidor cerró el canal %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeClient</name>
        <message>
            <location filename="../services/realtime/RealtimeClient.cpp" line="+113" />
            <source>No server is set for live updates.</source>
            <translation>No hay ningún servidor configurado para las actualizaciones en vivo.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Live updates were interrupted (%1); reconnecting.</source>
            <translation>Las actualizaciones en vivo se interrumpieron (%1); reconectando.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeCodec</name>
        <message>
            <location filename="../core/RealtimeCodec.cpp" line="+31" />
            <source>The frame is %1 bytes; the limit is %2 bytes.</source>
            <translation>La trama ocupa %1 bytes; el límite es %2 bytes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The frame's "%1" must be %2.</source>
            <translation>El campo «%1» de la trama debe ser %2.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The frame is not valid JSON (%1 at byte %2).</source>
            <translation>La trama no es JSON válido (%1 en el byte %2).</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+2" />
            <source>a string or null</source>
            <translation>una cadena o null</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>a string</source>
            <translation>una cadena</translation>
        </message>
        <message>
            <location line="+2" />
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The payload must be exactly one JSON value.</source>
            <translation>La carga debe ser exactamente un valor JSON.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>A vsn 1.0.0 frame must be a JSON object with topic, event, payload and ref.</source>
            <translation>Una trama vsn 1.0.0 debe ser un objeto JSON con topic, event, payload y ref.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A vsn 2.0.0 text frame must be a JSON array [join_ref, ref, topic, event, payload].</source>
            <translation>Una trama de texto vsn 2.0.0 debe ser un array JSON [join_ref, ref, topic, event, payload].</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A vsn 2.0.0 frame has 5 elements [join_ref, ref, topic, event, payload]; this one has %1.</source>
            <translation>Una trama vsn 2.0.0 tiene 5 elementos [join_ref, ref, topic, event, payload]; esta tiene %1.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The binary frame is empty.</source>
            <translation>La trama binaria está vacía.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Binary frames of kind %1 are not accepted here; only kind %2 (user broadcast) is.</source>
            <translation>Aquí no se aceptan tramas binarias de tipo %1; solo de tipo %2 (difusión de usuario).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The binary frame is %1 bytes, shorter than its %2-byte header.</source>
            <translation>La trama binaria ocupa %1 bytes, menos que su cabecera de %2 bytes.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>0 (binary) or 1 (JSON), not %1</source>
            <translation>0 (binario) o 1 (JSON), no %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The binary frame is %1 bytes but its header declares %2 bytes of fields.</source>
            <translation>La trama binaria ocupa %1 bytes pero su cabecera declara %2 bytes de campos.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+4" />
            <location line="+5" />
            <location line="+2" />
            <source>valid UTF-8</source>
            <translation>UTF-8 válido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>a JSON object</source>
            <translation>un objeto JSON</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The %1 is %2 bytes; binary frames allow at most %3.</source>
            <translation>El %1 ocupa %2 bytes; las tramas binarias permiten como máximo %3.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Broadcasts with a binary (ArrayBuffer) payload are not supported; send a JSON payload.</source>
            <translation>No se admiten difusiones con carga binaria (ArrayBuffer); envíe una carga JSON.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeFrame</name>
        <message>
            <location filename="../core/RealtimeFrame.cpp" line="+17" />
            <source>Unsupported serializer version "%1"; use vsn=1.0.0 or vsn=2.0.0.</source>
            <translation>Versión de serializador no admitida «%1»; use vsn=1.0.0 o vsn=2.0.0.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RealtimeSocket</name>
        <message>
            <location filename="../services/realtime/RealtimeSocket.cpp" line="+23" />
            <source>The server did not answer a heartbeat in time.</source>
            <translation>El servidor no respondió a tiempo a un latido.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server did not accept the connection in time.</source>
            <translation>El servidor no aceptó la conexión a tiempo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RelinkDialog</name>
        <message>
            <location filename="../ui/integrations/RelinkDialog.cpp" line="+20" />
            <source>Relink %1</source>
            <translation>Vincular de nuevo %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::RequirementRecordModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="+130" />
            <source>Reviewer's note: %1</source>
            <translation>Nota de la revisión: %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ResyncOperation</name>
        <message>
            <location filename="../services/feeds/ResyncOperation.cpp" line="+23" />
            <source>The server accepted the resync but reported no outcome within %1 seconds; watch the event history for it.</source>
            <translation>El servidor aceptó la resincronización pero no informó de ningún resultado en %1 segundos; búsquelo en el historial de eventos.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Asking the server to resync…</source>
            <translation>Pidiendo al servidor que resincronice…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Resync started; waiting for the tenant's clients…</source>
            <translation>Resincronización iniciada; esperando a los clientes de la organización…</translation>
        </message>
        <message>
            <location line="+43" />
            <source>no client of the tenant was connected, so there was nothing to deliver. Clients load version %1 when they connect.</source>
            <translation>no había ningún cliente del inquilino conectado, así que no había nada que entregar. Los clientes cargan la versión %1 al conectarse.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Resync finished: every connected client has version %1.</source>
            <translation>Resincronización terminada: todos los clientes conectados tienen la versión %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resync ended %1.</source>
            <translation>La resincronización terminó con estado %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ReviewPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+521" />
            <source>Start the first &amp;import now</source>
            <translation>Empezar ahora la primera &amp;importación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review and connect</source>
            <translation>Revisar y conectar</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The connection is saved, but its first import did not start: %1</source>
            <translation>La conexión está guardada, pero su primera importación no empezó: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Connection: %1 (%2)</source>
            <translation>Conexión: %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in: %1</source>
            <translation>Acceso: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule: %1</source>
            <translation>Programación: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Direction: %1</source>
            <translation>Sentido: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When both sides changed: %1</source>
            <translation>Si cambian ambos lados: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ReviewQueueModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="-104" />
            <source>Evidence: %1</source>
            <translation>Prueba: %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Supplier</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Submitted</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
    </context>
    <context>
        <name>wedsync::Role</name>
        <message>
            <location filename="../core/Role.cpp" line="+59" />
            <location line="+12" />
            <source>Guest</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Vendor</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Couple</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Photographer</source>
            <translation>Fotógrafo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coordinator</source>
            <translation>Coordinador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SchedulePage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-151" />
            <source>When and how to sync</source>
            <translation>Cuándo y cómo sincronizar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scheduled syncs bring in what changed since the last one.</source>
            <translation>Las sincronizaciones programadas traen lo que cambió desde la anterior.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is imported from files, so it has no schedule.</source>
            <translation>%1 se importa desde archivos, así que no tiene programación.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ScreenshotRenderer</name>
        <message>
            <location filename="../ui/shell/ScreenshotRenderer.cpp" line="+82" />
            <source>Cannot create the folder %1.</source>
            <translation>No se puede crear la carpeta %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot write %1.</source>
            <translation>No se puede escribir %1.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SectionFields</name>
        <message>
            <location filename="../core/SectionFields.cpp" line="+39" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Subtitle</source>
            <translation>Subtítulo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Icon</source>
            <translation>Icono</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Visible to roles</source>
            <translation>Visible para los roles</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Wedding phases</source>
            <translation>Fases de la boda</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Visibility conditions</source>
            <translation>Condiciones de visibilidad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Responsive layout</source>
            <translation>Diseño adaptable</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Can view</source>
            <translation>Puede ver</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Can edit</source>
            <translation>Puede editar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Can hide</source>
            <translation>Puede ocultar</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SectionInspector</name>
        <message>
            <location filename="../ui/layout/InspectorFields.cpp" line="+37" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(too long: only the first %1 characters are kept when you save)</source>
            <translation>(demasiado largo: al guardar solo se conservan los primeros %1 caracteres)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(line breaks and tabs become spaces when you save)</source>
            <translation>(los saltos de línea y tabulaciones se convierten en espacios al guardar)</translation>
        </message>
        <message>
            <location filename="../ui/layout/SectionInspector.cpp" line="+83" />
            <source>Section colour</source>
            <translation>Color de la sección</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+20" />
            <source>Select a tile to edit its section.</source>
            <translation>Selecciona un mosaico para editar su sección.</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Customization</source>
            <translation>Personalización</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Subtitle</source>
            <translation>Subtítulo</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+11" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location line="-10" />
            <source>#RRGGBB, or empty for the theme's colour</source>
            <translation>#RRGGBB, o vacío para el color del tema</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Choose a colour</source>
            <translation>Elegir un color</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+8" />
            <source>Icon</source>
            <translation>Icono</translation>
        </message>
        <message>
            <location line="-5" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Layout</source>
            <translation>Diseño</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Small (1 row)</source>
            <translation>Pequeña (1 fila)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium (2 rows)</source>
            <translation>Mediana (2 filas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Large (3 rows)</source>
            <translation>Grande (3 filas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full (4 rows)</source>
            <translation>Completa (4 filas)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Visibility</source>
            <translation>Visibilidad</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Visible to</source>
            <translation>Visible para</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Every phase</source>
            <translation>Todas las fases</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Phases</source>
            <translation>Fases</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Conditions</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 may view this section</source>
            <translation>%1 puede ver esta sección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 may edit this section</source>
            <translation>%1 puede editar esta sección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 may hide this section</source>
            <translation>%1 puede ocultar esta sección</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 (no bundled icon)</source>
            <translation>%1 (sin icono incluido)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Row %1, column %2 (drag the tile to move it)</source>
            <translation>Fila %1, columna %2 (arrastra el mosaico para moverlo)</translation>
        </message>
        <message>
            <location line="+57" />
            <source>This layout is read-only for your account.</source>
            <translation>Este diseño es de solo lectura para tu cuenta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your role cannot change this section.</source>
            <translation>Tu rol no puede cambiar esta sección.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only admins change who sees a section; you can change its look, layout, phases and conditions.</source>
            <translation>Solo los administradores cambian quién ve una sección; tú puedes cambiar su aspecto, su diseño, sus fases y sus condiciones.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Only admins change who sees a section</source>
            <translation>Solo los administradores cambian quién ve una sección</translation>
        </message>
    </context>
    <context>
        <name>wedsync::Session</name>
        <message>
            <location filename="../services/session/Session.cpp" line="+145" />
            <source>No sign-in is remembered for %1 on %2. Sign in with your password.</source>
            <translation>No hay ningún inicio de sesión recordado para %1 en %2. Inicie sesión con su contraseña.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>the sign-in answer has no tokens</source>
            <translation>la respuesta del inicio de sesión no contiene tokens</translation>
        </message>
        <message>
            <location line="+46" />
            <source>This account has no access to the admin console.</source>
            <translation>Esta cuenta no tiene acceso a la consola de administración.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SettingsDialog</name>
        <message>
            <location filename="../ui/shell/SettingsDialog.cpp" line="+142" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>System (%1)</source>
            <translation>Sistema (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed in as:</source>
            <translation>Sesión iniciada como:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not signed in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Desktop notices</source>
            <translation>Avisos de escritorio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Changes apply at once and are remembered for this profile.</source>
            <translation>Los cambios se aplican al instante y se recuerdan para este perfil.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close settings</source>
            <translation>Cerrar los ajustes</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ShortcutsDialog</name>
        <message>
            <location filename="../ui/help/ShortcutsDialog.cpp" line="+47" />
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="+51" />
            <source>On the screens</source>
            <translation>En las pantallas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Moving around</source>
            <translation>Desplazarse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next or previous control</source>
            <translation>Control siguiente o anterior</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tab   Shift+Tab</source>
            <translation>Tab   Mayús+Tab</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move inside a table or list</source>
            <translation>Moverse dentro de una tabla o lista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Arrow keys   Home   End</source>
            <translation>Flechas   Inicio   Fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open a row's commands</source>
            <translation>Abrir las órdenes de una fila</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Menu key   Shift+F10</source>
            <translation>Tecla de menú   Mayús+F10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the selected item</source>
            <translation>Abrir el elemento seleccionado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close a dialog</source>
            <translation>Cerrar un diálogo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SignInDialog</name>
        <message>
            <location filename="../ui/shell/SignInDialog.cpp" line="+203" />
            <source>Enter the address of the server.</source>
            <translation>Escriba la dirección del servidor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server address must start with http:// or https://.</source>
            <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter your e-mail address.</source>
            <translation>Escriba su dirección de correo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That does not look like an e-mail address.</source>
            <translation>Eso no parece una dirección de correo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter your password.</source>
            <translation>Escriba su contraseña.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Sign-in problem</source>
            <translation>Problema al iniciar sesión</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sign in — WedSync Admin</source>
            <translation>Iniciar sesión — WedSync Admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in to WedSync Admin</source>
            <translation>Inicie sesión en WedSync Admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Running at %1</source>
            <translation>En marcha en %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use the built-in server on this computer</source>
            <translation>Usar el servidor integrado en este equipo</translation>
        </message>
        <message>
            <location line="-3" />
            <source>&amp;This computer (built-in server)</source>
            <translation>Este &amp;equipo (servidor integrado)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A&amp;nother server:</source>
            <translation>&amp;Otro servidor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use another server</source>
            <translation>Usar otro servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail address</source>
            <translation>Dirección de correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>Contr&amp;aseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remember me on this computer</source>
            <translation>&amp;Recordarme en este equipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remember me</source>
            <translation>Recordarme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keeps you signed in with a token stored in the system keychain; your password is never stored.</source>
            <translation>Mantiene la sesión iniciada con un token guardado en el llavero del sistema; su contraseña nunca se guarda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signing in…</source>
            <translation>Iniciando sesión…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What is missing</source>
            <translation>Qué falta</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SignInErrors</name>
        <message>
            <location filename="../services/session/SignInErrors.cpp" line="+13" />
            <source>This account has no access to the admin console. Console access is for platform staff and for the administrators and coordinators of an organization.</source>
            <translation>Esta cuenta no tiene acceso a la consola de administración. La consola es para el personal de la plataforma y para los administradores y coordinadores de una organización.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server cannot be reached. Check the address and that the server is running.</source>
            <translation>No se puede conectar con el servidor. Compruebe la dirección y que el servidor esté en marcha.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server at %1 cannot be reached. Check the address and that the server is running.</source>
            <translation>No se puede conectar con el servidor en %1. Compruebe la dirección y que el servidor esté en marcha.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Signing in was cancelled.</source>
            <translation>Se canceló el inicio de sesión.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server's answer was not understood. Is this a WedSync server?</source>
            <translation>No se entendió la respuesta del servidor. ¿Es un servidor WedSync?</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The e-mail address or the password is wrong.</source>
            <translation>La dirección de correo o la contraseña no son correctas.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Too many failed attempts: signing in to this account is locked for %n minute(s).</source>
            <translation>
                <numerusform>Demasiados intentos fallidos: el inicio de sesión de esta cuenta está bloqueado durante %n minuto.</numerusform>
                <numerusform>Demasiados intentos fallidos: el inicio de sesión de esta cuenta está bloqueado durante %n minutos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Too many failed attempts: wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Demasiados intentos fallidos: espere %n segundo antes de volver a intentarlo.</numerusform>
                <numerusform>Demasiados intentos fallidos: espere %n segundos antes de volver a intentarlo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many failed attempts: signing in to this account is locked for now. Try again later.</source>
            <translation>Demasiados intentos fallidos: el inicio de sesión de esta cuenta está bloqueado por ahora. Inténtelo de nuevo más tarde.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This account has been disabled. Ask an administrator to enable it.</source>
            <translation>Esta cuenta está desactivada. Pida a un administrador que la active.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server had a problem signing you in (%1). Try again in a moment.</source>
            <translation>El servidor tuvo un problema al iniciar su sesión (%1). Inténtelo de nuevo en un momento.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SignInFlow</name>
        <message>
            <location filename="../services/session/SignInFlow.cpp" line="+108" />
            <source>The built-in server is not installed next to the console.</source>
            <translation>El servidor integrado no está instalado junto a la consola.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Starting the built-in server…</source>
            <translation>Iniciando el servidor integrado…</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Your saved sign-in has expired. Sign in again.</source>
            <translation>Su inicio de sesión guardado ha caducado. Vuelva a iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SignInPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="-156" />
            <source>Sign in with the CRM</source>
            <translation>Iniciar sesión en el CRM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The CRM's own sign-in page, in your browser: WedSync never sees your password there.</source>
            <translation>La propia página de inicio de sesión del CRM, en su navegador: WedSync nunca ve allí su contraseña.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SupplierDetailPane</name>
        <message>
            <location filename="../ui/suppliers/SupplierDetailPane.cpp" line="+207" />
            <source>%1 · %2 tier · %3</source>
            <translation>%1 · nivel %2 · %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Inactive: %1</source>
            <translation>Inactivo: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%p% approved</source>
            <translation>%p% aprobado</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No supplier chosen</source>
            <translation>Ningún proveedor elegido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a submission in the review queue or a supplier in the list.</source>
            <translation>Elija un envío de la cola de revisión o un proveedor de la lista.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Also reviewing this supplier: %1. Agree who decides before you approve.</source>
            <translation>También revisa a este proveedor: %1. Acuerden quién decide antes de aprobar.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>you</source>
            <translation>usted</translation>
        </message>
        <message>
            <location line="+3" />
            <source>someone else</source>
            <translation>otra persona</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Histor&amp;y</source>
            <translation>Histo&amp;rial</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Histor&amp;y of %1</source>
            <translation>Histo&amp;rial de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evidence: %1</source>
            <translation>Prueba: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose a requirement to review.</source>
            <translation>Elija un requisito para revisarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The supplier is inactive: their records are kept, nothing is reviewed.</source>
            <translation>El proveedor está inactivo: se conservan sus registros y no se revisa nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>You submitted this one yourself: another reviewer decides it.</source>
            <translation>Este lo envió usted: lo decide otra persona.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only submitted requirements are reviewed; this one is %1.</source>
            <translation>Solo se revisan los requisitos enviados; este está %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Approve, or write a reason to request a revision or reject it.</source>
            <translation>Apruébelo, o escriba un motivo para pedir cambios o rechazarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each decision can be undone for a few seconds.</source>
            <translation>Cada decisión se puede deshacer durante unos segundos.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Rea&amp;son:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed to request a revision or to reject</source>
            <translation>Necesario para pedir cambios o rechazar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request &amp;revision</source>
            <translation>&amp;Pedir cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;ject</source>
            <translation>Rec&amp;hazar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tier:</source>
            <translation>&amp;Nivel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sw&amp;itch tier…</source>
            <translation>Cambiar de ni&amp;vel…</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SupplierListModel</name>
        <message>
            <location filename="../models/ComplianceModels.cpp" line="+29" />
            <source>%1 (inactive)</source>
            <translation>%1 (inactivo)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eligible</source>
            <translation>Puede subir</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Supplier</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tier</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Points</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next tier</source>
            <translation>Siguiente nivel</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SuppliersPage</name>
        <message>
            <location filename="../ui/suppliers/SuppliersPage.cpp" line="+54" />
            <source>Approve “%1” for %2</source>
            <translation>Aprobar «%1» de %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ask %2 to revise “%1”</source>
            <translation>Pedir a %2 cambios en «%1»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reject “%1” for %2</source>
            <translation>Rechazar «%1» de %2</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Copy e-mail address</source>
            <translation>Copiar el correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy supplier id</source>
            <translation>Copiar el id del proveedor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the supplier in the audit trail</source>
            <translation>Abrir el proveedor en la auditoría</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Copy evidence reference</source>
            <translation>Copiar la referencia de la prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy record id</source>
            <translation>Copiar el id del registro</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Taken back, nothing was sent: %1.</source>
            <translation>Deshecho, no se envió nada: %1.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Not recorded: %1. %2</source>
            <translation>No se registró: %1. %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is now in the %2 tier.</source>
            <translation>%1 está ahora en el nivel %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The tier was not switched: %1</source>
            <translation>No se cambió el nivel: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Suppliers</source>
            <translation>Proveedores</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Choose an organization in the switcher above to review its suppliers.</source>
            <translation>Elija una organización en el selector de arriba para revisar sus proveedores.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offline: showing the suppliers as last seen. Reviewing needs the server.</source>
            <translation>Sin conexión: se muestran los proveedores como se vieron por última vez. Para revisar hace falta el servidor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline: showing the suppliers as last seen. %1</source>
            <translation>Sin conexión: se muestran los proveedores como se vieron por última vez. %1</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+194" />
            <source>Review queue (%1)</source>
            <translation>Cola de revisión (%1)</translation>
        </message>
        <message>
            <location line="-194" />
            <location line="+195" />
            <source>Review queue</source>
            <translation>Cola de revisión</translation>
        </message>
        <message>
            <location line="-179" />
            <location line="+181" />
            <source>Suppliers (%1)</source>
            <translation>Proveedores (%1)</translation>
        </message>
        <message numerus="yes">
            <location line="-109" />
            <source>%1: sent in %n second(s) unless you undo it.</source>
            <translation>
                <numerusform>%1: se envía en %n segundo si no lo deshace.</numerusform>
                <numerusform>%1: se envía en %n segundos si no lo deshace.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Approved “%1” for %2.</source>
            <translation>Aprobado «%1» de %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asked %1 to revise “%2”.</source>
            <translation>Se pidieron a %1 cambios en «%2».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rejected “%1” for %2.</source>
            <translation>Rechazado «%1» de %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 may now advance to the next tier.</source>
            <translation>%1 ya puede pasar al siguiente nivel.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Switch %1 to the %2 tier?</source>
            <translation>¿Pasar a %1 al nivel %2?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No requirement is added.</source>
            <translation>No se añade ningún requisito.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added as pending: %1.</source>
            <translation>Se añaden como pendientes: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No requirement becomes legacy.</source>
            <translation>Ningún requisito pasa a heredado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Become legacy (kept with their history, no longer counted): %1.</source>
            <translation>Pasan a heredados (se conservan con su historial y dejan de contar): %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n requirement(s) stay as they are.</source>
            <translation>
                <numerusform>%n requisito sigue igual.</numerusform>
                <numerusform>%n requisitos siguen igual.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Switch tier</source>
            <translation>Cambiar de nivel</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncDashboardPage</name>
        <message>
            <location filename="../ui/dashboard/SyncDashboardPage.cpp" line="+137" />
            <location line="+229" />
            <source>Resync now</source>
            <translation>Resincronizar ahora</translation>
        </message>
        <message>
            <location line="-241" />
            <source>Event history</source>
            <translation>Historial de eventos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event history and connections</source>
            <translation>Historial de eventos y conexiones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search tenants</source>
            <translation>Buscar organizaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search tenants…</source>
            <translation>Buscar organizaciones…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter tenants by status</source>
            <translation>Filtrar organizaciones por estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tenants by sync severity</source>
            <translation>Organizaciones por gravedad de sincronización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resync the selected tenant now</source>
            <translation>Resincronizar ahora la organización seleccionada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resync in progress</source>
            <translation>Resincronización en curso</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Tenants</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Copy tenant id</source>
            <translation>Copiar id. del inquilino</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show only its events</source>
            <translation>Mostrar solo sus eventos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resync now…</source>
            <translation>Resincronizar ahora…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sync health</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Sync health is kept per organization: showing %1, which holds the chosen wedding.</source>
            <translation>El estado de sincronización se lleva por organización: se muestra %1, que contiene la boda elegida.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Offline: showing the last known sync health (from %1). It updates as soon as the server answers.</source>
            <translation>Sin conexión: se muestra el último estado de sincronización conocido (de %1). Se actualiza en cuanto responda el servidor.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Offline: showing cached data. %1</source>
            <translation>Sin conexión: se muestran datos en caché. %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A resync is running; wait for its result.</source>
            <translation>Hay una resincronización en curso; espere a su resultado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask every connected client of the selected tenant to reload its configuration now.</source>
            <translation>Pedir ahora a todos los clientes conectados del inquilino seleccionado que recarguen su configuración.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select a tenant first.</source>
            <translation>Seleccione antes un inquilino.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Resync %1</source>
            <translation>Resincronizar %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every connected client of %1 reloads its configuration now. Resync?</source>
            <translation>Todos los clientes conectados de %1 vuelven a cargar su configuración ahora. ¿Resincronizar?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Resyncing %1…</source>
            <translation>Resincronizando %1…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ℹ Resync of %1 delivered nothing: %2</source>
            <translation>ℹ La resincronización de %1 no entregó nada: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✔ Resync of %1 succeeded: %2</source>
            <translation>✔ La resincronización de %1 se completó: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>✖ Resync of %1 failed: %2</source>
            <translation>✖ La resincronización de %1 falló: %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncEventModel</name>
        <message>
            <location filename="../models/SyncEventModel.cpp" line="+273" />
            <location line="+43" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Tenant</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <location line="-161" />
            <source>Configuration change</source>
            <translation>Cambio de configuración</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clients caught up</source>
            <translation>Clientes al día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+44" />
            <source>Resync</source>
            <translation>Resincronización</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Resync (no client connected)</source>
            <translation>Resincronización (sin clientes conectados)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Version %1 could not be sent to the clients</source>
            <translation>La versión %1 no se pudo enviar a los clientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Permissions changed (version %1)</source>
            <translation>Permisos cambiados (versión %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sections changed (version %1)</source>
            <translation>Secciones cambiadas (versión %1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Configuration changed (version %1)</source>
            <translation>Configuración cambiada (versión %1)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resync could not be sent to the clients</source>
            <translation>La resincronización no se pudo enviar a los clientes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No client was connected; nothing to deliver</source>
            <translation>Ningún cliente conectado; nada que entregar</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n client(s) asked to reload version %1</source>
            <translation>
                <numerusform>Se pidió a %n cliente recargar la versión %1</numerusform>
                <numerusform>Se pidió a %n clientes recargar la versión %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every connected client runs version %1</source>
            <translation>Todos los clientes conectados usan la versión %1</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n offline change(s) refused: changed by someone else first</source>
            <translation>
                <numerusform>%n cambio sin conexión rechazado: otra persona lo cambió antes</numerusform>
                <numerusform>%n cambios sin conexión rechazados: otra persona los cambió antes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline edit</source>
            <translation>Edición sin conexión</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Time (%1)</source>
            <translation>Hora (%1)</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncJobTableModel</name>
        <message>
            <location filename="../models/IntegrationModels.cpp" line="-50" />
            <source>Another connection</source>
            <translation>Otra conexión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (attempt %2)</source>
            <translation>%1 (intento %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Job</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncRulesForm</name>
        <message>
            <location filename="../ui/integrations/SyncRulesForm.cpp" line="+36" />
            <source>S&amp;chedule:</source>
            <translation>&amp;Programación:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When &amp;both sides changed:</source>
            <translation>Si cambian am&amp;bos lados:</translation>
        </message>
    </context>
    <context>
        <name>wedsync::TenantHealthModel</name>
        <message>
            <location filename="../models/TenantHealthModel.cpp" line="+18" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+7" />
            <source>none planned</source>
            <translation>ninguna prevista</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (today)</source>
            <translation>%1 (hoy)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (tomorrow)</source>
            <translation>%1 (mañana)</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%1 (in %n days)</source>
            <translation>
                <numerusform>%1 (dentro de %n día)</numerusform>
                <numerusform>%1 (dentro de %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Normal: the last change reached every connected client.</source>
            <translation>Normal: el último cambio llegó a todos los clientes conectados.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: sync is %2 and a wedding is today (%3).</source>
            <translation>%1: la sincronización está en %2 y hay una boda hoy (%3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: sync is %2 and a wedding is tomorrow (%3).</source>
            <translation>%1: la sincronización está en %2 y hay una boda mañana (%3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: sync is %2 and a wedding is within a week (%3).</source>
            <translation>%1: la sincronización está en %2 y hay una boda esta semana (%3).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: sync is %2; no wedding in the next week.</source>
            <translation>%1: la sincronización está en %2; no hay bodas en la próxima semana.</translation>
        </message>
        <message numerus="yes">
            <location line="+134" />
            <source>%1: %2, %n pending change(s)</source>
            <translation>
                <numerusform>%1: %2, %n cambio pendiente</numerusform>
                <numerusform>%1: %2, %n cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Tenant</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Freshness</source>
            <translation>Actualidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Config version</source>
            <translation>Versión de config.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Connected</source>
            <translation>Conectados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stale</source>
            <translation>Desfasados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last success</source>
            <translation>Último éxito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next wedding</source>
            <translation>Próxima boda</translation>
        </message>
    </context>
    <context>
        <name>wedsync::TestPage</name>
        <message>
            <location filename="../ui/integrations/ConnectionWizardPages.cpp" line="+40" />
            <source>Test &amp;again</source>
            <translation>Probar otra &amp;vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test the connection</source>
            <translation>Probar la conexión</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;First rows the CRM returned:</source>
            <translation>&amp;Primeras filas que devolvió el CRM:</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing to test: %1 is imported from files.</source>
            <translation>Nada que probar: %1 se importa desde archivos.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Asking %1 for a few clients…</source>
            <translation>Pidiendo a %1 algunos clientes…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The connection works. %1</source>
            <translation>La conexión funciona. %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The connection failed: %1 Go Back to correct the credentials, or test again.</source>
            <translation>La conexión falló: %1 Vuelva Atrás para corregir las credenciales, o pruebe de nuevo.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The connection could not be tested: %1</source>
            <translation>No se pudo probar la conexión: %1</translation>
        </message>
    </context>
    <context>
        <name>wedsync::UserGuideDialog</name>
        <message>
            <location filename="../ui/help/UserGuideDialog.cpp" line="+18" />
            <source>WedSync Admin User Guide</source>
            <translation>Guía del usuario de WedSync Admin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>wedsync::VCardReader</name>
        <message>
            <location filename="../core/VCardProperty.cpp" line="+217" />
            <source>the character set %1 is not known; it was read as %2</source>
            <translation>el juego de caracteres %1 es desconocido; se ha leído como %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it says UTF-8 but is not; it was read as Windows-1252</source>
            <translation>indica UTF-8 pero no lo es; se ha leído como Windows-1252</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it is not UTF-8; it was read as Windows-1252</source>
            <translation>no está en UTF-8; se ha leído como Windows-1252</translation>
        </message>
        <message>
            <location filename="../core/VCardReader.cpp" line="+84" />
            <source>Card %1 (line %2)</source>
            <translation>Tarjeta %1 (línea %2)</translation>
        </message>
        <message>
            <location line="+144" />
            <source>This vCard file is UTF-16; export it again as UTF-8 (vCard 3.0 or 4.0) and import that file.</source>
            <translation>Este archivo vCard está en UTF-16; vuelva a exportarlo en UTF-8 (vCard 3.0 o 4.0) e importe ese archivo.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This does not look like a text file (it holds binary data); choose a vCard (.vcf) file exported from your contacts or CRM.</source>
            <translation>Esto no parece un archivo de texto (contiene datos binarios); elija un archivo vCard (.vcf) exportado de sus contactos o de su CRM.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This does not look like a text file: line %1 holds a NUL byte, which text never has.</source>
            <translation>Esto no parece un archivo de texto: la línea %1 contiene un byte NUL, que un texto nunca tiene.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds another card (AGENT) that never ends; the file ends inside it.</source>
            <translation>%1 contiene otra tarjeta (AGENT) que nunca termina; el archivo acaba dentro de ella.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no END:VCARD; the file ends inside it, so it was read to the end.</source>
            <translation>%1 no tiene END:VCARD; el archivo acaba dentro de ella, así que se ha leído hasta el final.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file holds no cards (BEGIN:VCARD … END:VCARD).</source>
            <translation>El archivo no contiene tarjetas (BEGIN:VCARD … END:VCARD).</translation>
        </message>
        <message>
            <location line="+69" />
            <source>a property</source>
            <translation>una propiedad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 on line %3 is longer than %4 KiB; it was left out.</source>
            <translation>%1: %2 de la línea %3 supera los %4 KiB; se ha omitido.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a vCard file: line %1 is longer than %2 KiB.</source>
            <translation>Esto no es un archivo vCard: la línea %1 supera los %2 KiB.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This is not a vCard file: it should begin with BEGIN:VCARD, but line %1 is “%2”. If it is a CSV file, choose CSV as the file's format.</source>
            <translation>Esto no es un archivo vCard: debería empezar por BEGIN:VCARD, pero la línea %1 es «%2». Si es un archivo CSV, elija CSV como formato del archivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: line %2 is not a property (NAME:value); it was skipped.</source>
            <translation>%1: la línea %2 no es una propiedad (NAME:value); se ha omitido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Line %1 is outside any card and is not a property; it was ignored.</source>
            <translation>La línea %1 está fuera de toda tarjeta y no es una propiedad; se ha ignorado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 has no END:VCARD; it ends where the next card begins, on line %2.</source>
            <translation>%1 no tiene END:VCARD; termina donde empieza la siguiente tarjeta, en la línea %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds another card (AGENT) on line %2; its properties were not imported.</source>
            <translation>%1 contiene otra tarjeta (AGENT) en la línea %2; sus propiedades no se han importado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 nests cards more than %2 levels deep; it was skipped.</source>
            <translation>%1 anida tarjetas a más de %2 niveles de profundidad; se ha omitido.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Line %1 has END:%2 without a BEGIN; it was ignored.</source>
            <translation>La línea %1 tiene END:%2 sin un BEGIN; se ha ignorado.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Line %1 is outside any card (after an END:VCARD); it was ignored.</source>
            <translation>La línea %1 está fuera de toda tarjeta (después de un END:VCARD); se ha ignorado.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 has more than %2 properties; is this a vCard file?</source>
            <translation>%1 tiene más de %2 propiedades; ¿es un archivo vCard?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is larger than %2 MiB; is this a vCard file?</source>
            <translation>%1 ocupa más de %2 MiB; ¿es un archivo vCard?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2 on line %3: %4.</source>
            <translation>%1: %2 de la línea %3: %4.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1: %2 is longer than %3 KiB; it was left out.</source>
            <translation>%1: %2 supera los %3 KiB; se ha omitido.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 holds nothing to import: no name, e-mail, phone or other details.</source>
            <translation>%1 no contiene nada que importar: ni nombre, ni correo electrónico, ni teléfono, ni otros datos.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::WebhookDeliveryModel</name>
        <message>
            <location filename="../models/WebhookModels.cpp" line="+63" />
            <source>Delivered</source>
            <translation>Entregado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed, retrying</source>
            <translation>Falló, se reintenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gave up</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTTP code</source>
            <translation>Código HTTP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation>Latencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempt</source>
            <translation>Intento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next retry</source>
            <translation>Próximo intento</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+2" />
            <location line="+6" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="-6" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
    </context>
    <context>
        <name>wedsync::WebhookEndpointModel</name>
        <message>
            <location line="-84" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enabled</source>
            <translation>Activado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last delivery</source>
            <translation>Última entrega</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No (paused)</source>
            <translation>No (en pausa)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None yet</source>
            <translation>Ninguna aún</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>wedsync::WebhooksPanel</name>
        <message>
            <location filename="../ui/integrations/WebhooksPanel.cpp" line="+156" />
            <source>The signing secret is on the clipboard.</source>
            <translation>El secreto de firma está en el portapapeles.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The endpoint is added. Copy its signing secret now: it is shown only this once.</source>
            <translation>El destino se añadió. Copie ahora su secreto de firma: solo se muestra esta vez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The endpoint is saved.</source>
            <translation>El destino se guardó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint is deleted.</source>
            <translation>El destino se eliminó.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A %1 delivery is queued; it appears below.</source>
            <translation>Hay una entrega %1 en cola; aparece abajo.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Delete the webhook endpoint</source>
            <translation>Eliminar el destino del webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the endpoint %1? It receives no more events, and its delivery log is deleted with it.</source>
            <translation>¿Eliminar el destino %1? No recibe más eventos y su registro de entregas se elimina con él.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The endpoint was not added: %1</source>
            <translation>El destino no se añadió: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint was not saved: %1</source>
            <translation>El destino no se guardó: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The endpoint was not deleted: %1</source>
            <translation>El destino no se eliminó: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The test was not sent: %1</source>
            <translation>La prueba no se envió: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The delivery was not sent again: %1</source>
            <translation>La entrega no se volvió a enviar: %1</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Endpoints that receive this organization's events, signed (X-WedSync-Signature). Choose one to change it or see its deliveries; fill the form and Add for a new one.</source>
            <translation>Destinos que reciben los eventos de esta organización, firmados (X-WedSync-Signature). Elija uno para cambiarlo o ver sus entregas; rellene el formulario y pulse Añadir para uno nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Endpoints that receive this organization's events (read-only: the organization's admins manage them).</source>
            <translation>Destinos que reciben los eventos de esta organización (solo lectura: los gestionan los administradores de la organización).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhook endpoints</source>
            <translation>Destinos de webhook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;URL:</source>
            <translation>&amp;URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;vents:</source>
            <translation>E&amp;ventos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;nabled</source>
            <translation>&amp;Activado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add endpoint</source>
            <translation>Aña&amp;dir destino</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save changes</source>
            <translation>&amp;Guardar cambios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send &amp;test</source>
            <translation>Enviar &amp;prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete…</source>
            <translation>Elimi&amp;nar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing sec&amp;ret (shown once):</source>
            <translation>Secreto de &amp;firma (se muestra una vez):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Co&amp;py</source>
            <translation>Copia&amp;r</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries to %1, newest first:</source>
            <translation>Entregas a %1, de la más reciente a la más antigua:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries: choose an endpoint.</source>
            <translation>Entregas: elija un destino.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries</source>
            <translation>Entregas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;deliver</source>
            <translation>Volver a en&amp;tregar</translation>
        </message>
    </context>
    <context>
        <name>wedsync::WeddingPhase</name>
        <message>
            <location filename="../core/WeddingPhase.cpp" line="+49" />
            <location line="+8" />
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Pre-wedding</source>
            <translation>Preboda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wedding day</source>
            <translation>Día de la boda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Post-wedding</source>
            <translation>Posboda</translation>
        </message>
    </context>
    <context>
        <name>wedsync::Workspace</name>
        <message>
            <location filename="../app/Workspace.cpp" line="+177" />
            <source>Read-only: support staff can look at permissions but never change them.</source>
            <translation>Solo lectura: el personal de soporte puede ver los permisos, pero nunca cambiarlos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Read-only: only the organization's admins change who sees what; coordinators read it.</source>
            <translation>Solo lectura: solo los administradores de la organización cambian quién ve qué; los coordinadores solo lo consultan.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Read-only: support staff read supplier compliance; the organization's coordinators and admins review it.</source>
            <translation>Solo lectura: el soporte consulta el cumplimiento de los proveedores; lo revisan los coordinadores y administradores de la organización.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Support staff read the connections and may retry a failed job; the organization's admins change them.</source>
            <translation>El soporte consulta las conexiones y puede reintentar un trabajo fallido; las cambian los administradores de la organización.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Read-only: the organization's admins connect and change CRMs.</source>
            <translation>Solo lectura: los administradores de la organización conectan y cambian los CRM.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Read-only: support staff read every level's settings and why; admins change them.</source>
            <translation>Solo lectura: el soporte consulta los ajustes de cada nivel y su porqué; los cambian los administradores.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::appointments</name>
        <message>
            <location filename="../core/AppointmentJson.cpp" line="+45" />
            <source>Give a date and time in UTC or with an offset, e.g. 2027-05-14T15:00:00Z.</source>
            <translation>Indique una fecha y hora en UTC o con desfase, p. ej. 2027-05-14T15:00:00Z.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give a date as YYYY-MM-DD.</source>
            <translation>Indique una fecha como AAAA-MM-DD.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>An appointment cannot move to another wedding; create it there and delete this one.</source>
            <translation>Una cita no puede pasar a otra boda; créela allí y elimine esta.</translation>
        </message>
        <message>
            <location filename="../core/AppointmentRules.cpp" line="+107" />
            <source>At most %1 attendees; invite a mailing list instead.</source>
            <translation>Como máximo %1 asistentes; invite a una lista de correo en su lugar.</translation>
        </message>
        <message>
            <location filename="../core/AppointmentJson.cpp" line="+28" />
            <source>Give an e-mail address.</source>
            <translation>Indique una dirección de correo.</translation>
        </message>
        <message>
            <location filename="../core/AppointmentRules.cpp" line="-69" />
            <source>Give the time zone, e.g. Europe/Madrid.</source>
            <translation>Indique la zona horaria, p. ej. Europe/Madrid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1" is not a known IANA time zone (e.g. Europe/Madrid).</source>
            <translation>«%1» no es una zona horaria IANA conocida (p. ej. Europe/Madrid).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An all-day appointment needs its first day (YYYY-MM-DD).</source>
            <translation>Una cita de día completo necesita su primer día (AAAA-MM-DD).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An all-day appointment needs the day after its last day (YYYY-MM-DD).</source>
            <translation>Una cita de día completo necesita el día siguiente a su último día (AAAA-MM-DD).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The end date is the day after the last day, so it comes after the start date.</source>
            <translation>La fecha de fin es el día siguiente al último día, así que va después de la fecha de inicio.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+15" />
            <source>An appointment lasts at most %1 days.</source>
            <translation>Una cita dura como máximo %1 días.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Give the start as a date and time, e.g. 2027-05-14T15:00:00Z.</source>
            <translation>Indique el inicio como fecha y hora, p. ej. 2027-05-14T15:00:00Z.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the end as a date and time, e.g. 2027-05-14T16:00:00Z.</source>
            <translation>Indique el fin como fecha y hora, p. ej. 2027-05-14T16:00:00Z.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The end must come after the start.</source>
            <translation>El fin debe ir después del inicio.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>"%1" is not an e-mail address.</source>
            <translation>«%1» no es una dirección de correo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is already an attendee.</source>
            <translation>%1 ya es asistente.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Give the appointment a title.</source>
            <translation>Dé un título a la cita.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The title is at most %1 characters.</source>
            <translation>El título tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The kind is one of: %1.</source>
            <translation>El tipo es uno de: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A wedding day belongs to a wedding.</source>
            <translation>Un día de boda pertenece a una boda.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The location is at most %1 characters.</source>
            <translation>El lugar tiene como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes are at most %1 characters.</source>
            <translation>Las notas tienen como máximo %1 caracteres.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::crm</name>
        <message>
            <location filename="../core/CrmCatalog.cpp" line="+47" />
            <source>Connects to the VSCO Workspace Public API v2 with an API key (X-API-KEY): contacts are imported and changes can be written back.</source>
            <translation>Se conecta a la API pública v2 de VSCO Workspace con una clave de API (X-API-KEY): los contactos se importan y los cambios pueden escribirse de vuelta.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Light Blue only accepts new enquiries pushed into its Inbox with an API key; it has no API to read your clients, so nothing is imported.</source>
            <translation>Light Blue solo acepta nuevas consultas enviadas a su bandeja de entrada con una clave de API; no tiene una API para leer sus clientes, así que no se importa nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>HoneyBook has no public API: export your clients as CSV from its Clients panel and import the file.</source>
            <translation>HoneyBook no tiene una API pública: exporte sus clientes como CSV desde su panel Clients e importe el archivo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>17hats has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation>17hats no tiene una API pública: importe una exportación CSV o un archivo vCard de sus contactos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ShootQ documents no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation>ShootQ no documenta ninguna API pública: importe una exportación CSV o un archivo vCard de sus contactos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pixieset has no official public API: download the clients CSV from Pixieset Studio and import the file.</source>
            <translation>Pixieset no tiene una API pública oficial: descargue el CSV de clientes desde Pixieset Studio e importe el archivo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Iris Works has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation>Iris Works no tiene una API pública: importe una exportación CSV o un archivo vCard de sus contactos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dubsado has no public API (only Zapier): export your contact list as CSV and import the file.</source>
            <translation>Dubsado no tiene una API pública (solo Zapier): exporte su lista de contactos como CSV e importe el archivo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Studio Ninja has no public API: import a CSV export or a vCard file of your contacts.</source>
            <translation>Studio Ninja no tiene una API pública: importe una exportación CSV o un archivo vCard de sus contactos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Other CRM or file</source>
            <translation>Otro CRM o archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import a CSV or vCard file from any system, or read a REST endpoint that returns JSON pages with an API key, basic auth or OAuth 2.0.</source>
            <translation>Importe un archivo CSV o vCard de cualquier sistema, o lea un punto de acceso REST que devuelva páginas JSON con una clave de API, autenticación básica u OAuth 2.0.</translation>
        </message>
        <message>
            <location filename="../core/IntegrationRules.cpp" line="+116" />
            <source>Choose a provider: %1.</source>
            <translation>Elija un proveedor: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the connection a name.</source>
            <translation>Asigne un nombre a la conexión.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The name is at most %1 characters.</source>
            <translation>El nombre admite como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign-in method is one of: %1.</source>
            <translation>El método de inicio de sesión debe ser uno de estos: %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 connects with: %2.</source>
            <translation>%1 se conecta con: %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sync every %1 to %2 minutes, or leave the schedule empty to sync by hand.</source>
            <translation>Sincronice cada %1 a %2 minutos, o deje la programación vacía para sincronizar manualmente.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The direction is one of: %1.</source>
            <translation>El sentido debe ser uno de estos: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 can only be used as: %2.</source>
            <translation>%1 solo se puede usar como: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The conflict strategy is one of: %1.</source>
            <translation>La estrategia de conflictos debe ser una de estas: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The address is at most %1 characters.</source>
            <translation>La dirección admite como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The address must start with https:// (or http://) and name a host, e.g. https://crm.example.com/api.</source>
            <translation>La dirección debe empezar por https:// (o http://) e indicar un host, p. ej., https://crm.example.com/api.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is imported from a file and takes no address.</source>
            <translation>%1 se importa desde un archivo y no admite dirección.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the address of the REST endpoint that returns your clients, e.g. https://crm.example.com/api/clients.</source>
            <translation>Indique la dirección del punto de acceso REST que devuelve sus clientes, p. ej., https://crm.example.com/api/clients.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The address must start with https:// (or http://) and name a host, e.g. https://login.example.com/oauth/%1.</source>
            <translation>La dirección debe empezar por https:// (o http://) y nombrar un servidor, p. ej. https://login.example.com/oauth/%1.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This sign-in method takes no credentials.</source>
            <translation>Este método de inicio de sesión no admite credenciales.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown credential; this sign-in method takes: %1.</source>
            <translation>Credencial desconocida; este método de inicio de sesión admite: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Must be text.</source>
            <translation>Debe ser texto.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most 4096 characters.</source>
            <translation>Como máximo 4096 caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This credential is required.</source>
            <translation>Esta credencial es obligatoria.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This credential cannot be empty.</source>
            <translation>Esta credencial no puede estar vacía.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The transform is one of: %1.</source>
            <translation>La transformación es una de: %1.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Free</source>
            <translation>Gratuito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starter</source>
            <translation>Inicial</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Professional</source>
            <translation>Profesional</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enterprise</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <location line="+9" />
            <source>which includes unlimited CRM integrations</source>
            <translation>que incluye integraciones CRM ilimitadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>which includes no CRM integrations</source>
            <translation>que no incluye integraciones CRM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>which includes 1 CRM integration, already in use</source>
            <translation>que incluye 1 integración CRM, ya en uso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>which includes %1 CRM integrations, all in use</source>
            <translation>que incluye %1 integraciones CRM, todas en uso</translation>
        </message>
        <message>
            <location line="+6" />
            <source> Upgrade to %1 for unlimited integrations.</source>
            <translation> Pase al plan %1 para tener integraciones ilimitadas.</translation>
        </message>
        <message>
            <location line="-1" />
            <source> Upgrade to %1 for %2.</source>
            <translation> Pase al plan %1 para tener %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source> Remove one to connect another.</source>
            <translation> Elimine una para conectar otra.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is on the %2 tier, %3.%4</source>
            <translation>%1 está en el plan %2, %3.%4</translation>
        </message>
    </context>
    <context>
        <name>wedsync::AuditRecord</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation>Debe ser una hora ISO-8601 como 2026-06-01T12:00:00Z.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConflictItem</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation>Debe ser una hora ISO-8601 como 2026-06-01T12:00:00Z.</translation>
        </message>
        <message>
            <location filename="../core/ConflictItem.cpp" line="+49" />
            <source>The conflict could not be read.</source>
            <translation>No se pudo leer el conflicto.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncJson</name>
        <message>
            <location filename="../core/AuditRecord.cpp" line="+53" />
            <location filename="../core/ConflictItem.cpp" line="+26" />
            <location filename="../core/SyncJson.cpp" line="+33" />
            <source>Must be an ISO-8601 time such as 2026-06-01T12:00:00Z.</source>
            <translation>Debe ser una hora ISO-8601 como 2026-06-01T12:00:00Z.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The audit entry could not be read.</source>
            <translation>No se pudo leer la entrada de auditoría.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+53" />
            <location filename="../core/SectionJson.cpp" line="+123" />
            <location filename="../core/SyncJson.cpp" line="+224" />
            <location line="+37" />
            <source>Must be an object.</source>
            <translation>Debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Unknown role.</source>
            <translation>Rol desconocido.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must be view, edit or hide.</source>
            <translation>Debe ser view, edit o hide.</translation>
        </message>
        <message>
            <location filename="../core/SyncJson.cpp" line="-242" />
            <location line="+23" />
            <source>Must be a count of zero or more.</source>
            <translation>Debe ser un recuento de cero o más.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Must be success, partial, failed or pending.</source>
            <translation>Debe ser success, partial, failed o pending.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Must name the kind of event.</source>
            <translation>Debe indicar el tipo de evento.</translation>
        </message>
        <message>
            <location line="+94" />
            <source>Must be a date such as 2026-06-01.</source>
            <translation>Debe ser una fecha como 2026-06-01.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Must be at least one second.</source>
            <translation>Debe ser al menos un segundo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigDiff</name>
        <message>
            <location filename="../core/ConfigDiff.cpp" line="+95" />
            <location line="+38" />
            <source>The list of changes has problems; see details.fields.</source>
            <translation>La lista de cambios tiene problemas; consulte details.fields.</translation>
        </message>
        <message>
            <location line="-37" />
            <source>At most %1 changes at once.</source>
            <translation>Como máximo %1 cambios a la vez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Each change must be an object.</source>
            <translation>Cada cambio debe ser un objeto.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Must be a dotted field path such as providers.sms.provider (at most 1000 characters).</source>
            <translation>Debe ser una ruta de campo con puntos como providers.sms.provider (1000 caracteres como máximo).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Must be added, removed or changed.</source>
            <translation>Debe ser added, removed o changed.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An added or changed field needs its new value.</source>
            <translation>Un campo añadido o cambiado necesita su valor nuevo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigOptOut</name>
        <message>
            <location filename="../core/ConfigOptOut.cpp" line="+45" />
            <source>Must be the id of a sync rule.</source>
            <translation>Debe ser el id de una regla de sincronización.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location filename="../core/ConfigSyncRule.cpp" line="+175" />
            <source>Listed twice.</source>
            <translation>Aparece dos veces.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigScope</name>
        <message>
            <location filename="../core/ConfigScope.cpp" line="+51" />
            <location line="+6" />
            <source>the platform</source>
            <translation>la plataforma</translation>
        </message>
        <message>
            <location line="-4" />
            <source>the organization</source>
            <translation>la organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the user</source>
            <translation>el usuario</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+6" />
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>User</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Choose the organization (a UUID).</source>
            <translation>Elija la organización (un UUID).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The platform scope has no organization.</source>
            <translation>El ámbito de la plataforma no tiene organización.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the user (a UUID).</source>
            <translation>Elija el usuario (un UUID).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the user scope names a user.</source>
            <translation>Solo el ámbito de usuario indica un usuario.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSettingSchemas</name>
        <message>
            <location filename="../core/ConfigSettingSchemas.cpp" line="+202" />
            <source>%1 cannot be set by %2.</source>
            <translation>%1: este ajuste no lo puede definir %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The settings are larger than %1 KiB; remove some entries.</source>
            <translation>Los ajustes superan los %1 KiB; quite algunas entradas.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSettingType</name>
        <message>
            <location filename="../core/ConfigSettingType.cpp" line="+57" />
            <source>Permission templates</source>
            <translation>Plantillas de permisos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Modules</source>
            <translation>Módulos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sign-in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Two-step sign-in</source>
            <translation>Inicio de sesión en dos pasos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Business-type presets</source>
            <translation>Valores predefinidos por tipo de negocio</translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionMatrixJson</name>
        <message>
            <location filename="../core/PermissionMatrixJson.cpp" line="+31" />
            <source>The permission matrix could not be read.</source>
            <translation>No se pudo leer la matriz de permisos.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+53" />
            <location filename="../core/SectionJson.cpp" line="+123" />
            <location filename="../core/SyncJson.cpp" line="+224" />
            <location line="+37" />
            <source>Must be an object.</source>
            <translation>Debe ser un objeto.</translation>
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
            <translation>Debe ser un objeto.</translation>
        </message>
        <message>
            <location filename="../core/SectionJson.cpp" line="-80" />
            <source>This field does not exist or cannot be changed here.</source>
            <translation>Este campo no existe o no se puede cambiar aquí.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>This number is too large.</source>
            <translation>Este número es demasiado grande.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Must be an ISO-8601 date and time in UTC, e.g. 2025-06-14T09:30:00Z.</source>
            <translation>Debe ser una fecha y hora ISO-8601 en UTC, p. ej. 2025-06-14T09:30:00Z.</translation>
        </message>
        <message numerus="yes">
            <location line="+114" />
            <location filename="../core/SectionValidator.cpp" line="+339" />
            <source>The section configuration has %n problem(s).</source>
            <translation>
                <numerusform>La configuración de la sección tiene %n problema.</numerusform>
                <numerusform>La configuración de la sección tiene %n problemas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>wedsync::PermissionsDocument</name>
        <message numerus="yes">
            <location filename="../core/PermissionsDocument.cpp" line="+31" />
            <source>The permissions file cannot be imported: %n problem(s), listed by row. Nothing was changed.</source>
            <translation>
                <numerusform>No se puede importar el archivo de permisos: %n problema, listado por fila. No se ha cambiado nada.</numerusform>
                <numerusform>No se puede importar el archivo de permisos: %n problemas, listados por fila. No se ha cambiado nada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+52" />
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <location line="+2" />
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a list</source>
            <translation>una lista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown field; a permissions file has schemaVersion, kind, scope, roles and rows. Remove it.</source>
            <translation>Campo desconocido; un archivo de permisos tiene schemaVersion, kind, scope, roles y rows. Quítelo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Missing: this is not a WedSync permissions file (its kind should be "wedsync.permissions"). Choose a file exported from the Permissions screen.</source>
            <translation>Falta: este no es un archivo de permisos de WedSync (su kind debería ser "wedsync.permissions"). Elija un archivo exportado desde la pantalla Permisos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is not a WedSync permissions file: its kind is %1, not "wedsync.permissions". Choose a file exported from the Permissions screen.</source>
            <translation>Este no es un archivo de permisos de WedSync: su kind es %1, no "wedsync.permissions". Elija un archivo exportado desde la pantalla Permisos.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Missing: the file must say which version of the format it uses ("schemaVersion": 1).</source>
            <translation>Falta: el archivo debe indicar qué versión del formato usa ("schemaVersion": 1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file uses version %1 of the format; this WedSync reads version 1. Export it again with this version, or update WedSync.</source>
            <translation>El archivo usa la versión %1 del formato; este WedSync lee la versión 1. Vuelva a exportarlo con esta versión o actualice WedSync.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Must be an object saying where the file was exported from, or be left out.</source>
            <translation>Debe ser un objeto que indique de dónde se exportó el archivo, o bien omitirse.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be text or null.</source>
            <translation>Debe ser texto o null.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Must be a date and time such as 2026-06-14T09:30:00Z.</source>
            <translation>Debe ser una fecha y hora como 2026-06-14T09:30:00Z.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A list of the roles the file holds is required, e.g. ["vendor"].</source>
            <translation>Se requiere una lista de los roles que contiene el archivo, p. ej. ["vendor"].</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown role %1; the roles are %2.</source>
            <translation>Rol desconocido %1; los roles son %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is listed twice; list each role once.</source>
            <translation>%1 aparece dos veces; indique cada rol una sola vez.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A cell is an object {"view", "edit", "hide"} of true or false, not %1.</source>
            <translation>Una celda es un objeto {"view", "edit", "hide"} con true o false, no %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown flag; a cell has view, edit and hide. Remove it.</source>
            <translation>Indicador desconocido; una celda tiene view, edit y hide. Quítelo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Missing; every cell says true or false for view, edit and hide.</source>
            <translation>Falta; cada celda indica true o false para view, edit y hide.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Must be true or false, not %1.</source>
            <translation>Debe ser true o false, no %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A list of rows {"sectionType", "cells"} is required (it may be empty).</source>
            <translation>Se requiere una lista de filas {"sectionType", "cells"} (puede estar vacía).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file has %1 rows; a permissions file holds at most %2. Split it, or export one dashboard at a time.</source>
            <translation>El archivo tiene %1 filas; un archivo de permisos admite como máximo %2. Divídalo o exporte un panel cada vez.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Each row is an object {"sectionType", "cells"}, not %1.</source>
            <translation>Cada fila es un objeto {"sectionType", "cells"}, no %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown field; a row has sectionType and cells. Remove it.</source>
            <translation>Campo desconocido; una fila tiene sectionType y cells. Quítelo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The section type this row is for is required, e.g. "timeline".</source>
            <translation>Se requiere el tipo de sección de esta fila, p. ej. "timeline".</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 already has a row (rows[%2]); keep one row per section type.</source>
            <translation>%1 ya tiene una fila (rows[%2]); deje una sola fila por tipo de sección.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The cells are an object by role, e.g. {"vendor": {"view": true, "edit": false, "hide": false}}.</source>
            <translation>Las celdas son un objeto por rol, p. ej. {"vendor": {"view": true, "edit": false, "hide": false}}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown role; the roles are %1.</source>
            <translation>Rol desconocido; los roles son %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not one of the file's roles; add it to "roles" or remove this cell.</source>
            <translation>%1 no es uno de los roles del archivo; añádalo a "roles" o quite esta celda.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Missing; each row has a cell for every role in "roles".</source>
            <translation>Falta; cada fila tiene una celda para cada rol de "roles".</translation>
        </message>
        <message>
            <location line="+82" />
            <source>The file is %1 KiB; a permissions file is at most 1024 KiB (1 MiB). Choose the file exported from the Permissions screen, or export fewer rows.</source>
            <translation>El archivo ocupa %1 KiB; un archivo de permisos ocupa como máximo 1024 KiB (1 MiB). Elija el archivo exportado desde la pantalla Permisos o exporte menos filas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The file is not valid JSON (%1 at byte %2); choose a file exported from the Permissions screen.</source>
            <translation>El archivo no es JSON válido (%1 en el byte %2); elija un archivo exportado desde la pantalla Permisos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file holds JSON but not a permissions file (an object).</source>
            <translation>El archivo contiene JSON, pero no un archivo de permisos (un objeto).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This dashboard has no %1 section (type "%2"); add one first, or remove this row from the file.</source>
            <translation>Este panel no tiene ninguna sección %1 (tipo «%2»); añada una primero o quite esta fila del archivo.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SectionValidator</name>
        <message numerus="yes">
            <location line="+114" />
            <location filename="../core/SectionValidator.cpp" line="+339" />
            <source>The section configuration has %n problem(s).</source>
            <translation>
                <numerusform>La configuración de la sección tiene %n problema.</numerusform>
                <numerusform>La configuración de la sección tiene %n problemas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+90" />
            <source>Each entry must be a section object.</source>
            <translation>Cada entrada debe ser un objeto de sección.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>This value is set by the server and cannot be changed.</source>
            <translation>Este valor lo fija el servidor y no se puede cambiar.</translation>
        </message>
        <message>
            <location filename="../core/SectionValidator.cpp" line="-59" />
            <source>Choose a section type.</source>
            <translation>Elija un tipo de sección.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“%1” is not a valid section type: use lowercase letters, digits and underscores, starting with a letter (e.g. guest_list).</source>
            <translation>«%1» no es un tipo de sección válido: use minúsculas, dígitos y guiones bajos, empezando por una letra (p. ej. guest_list).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The position cannot be negative (it is %1).</source>
            <translation>La posición no puede ser negativa (es %1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“%1” is not a layout size. Valid sizes: %2.</source>
            <translation>«%1» no es un tamaño de diseño. Tamaños válidos: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Columns must be between %1 and %2 (it is %3).</source>
            <translation>Las columnas deben estar entre %1 y %2 (es %3).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The title contains too many joined or combining marks to display.</source>
            <translation>El título contiene demasiadas marcas combinadas para mostrarse.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“%1” is not a color; use a hex color such as #D4A5A5 or #FFF.</source>
            <translation>«%1» no es un color; use un color hexadecimal como #D4A5A5 o #FFF.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The version must be at least 1.</source>
            <translation>La versión debe ser al menos 1.</translation>
        </message>
        <message>
            <location filename="../core/SectionValidator.cpp" line="-206" />
            <source>“%1” is not a valid id; expected a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
            <translation>«%1» no es un id válido; se espera un UUID como 123e4567-e89b-12d3-a456-426614174000.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“%1” is not a role. Valid roles: %2.</source>
            <translation>«%1» no es un rol. Roles válidos: %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a wedding phase. Valid phases: %2.</source>
            <translation>«%1» no es una fase de boda. Fases válidas: %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This text is far too long (%1 UTF-16 units; at most %2 are accepted, and it may show %3 characters).</source>
            <translation>Este texto es demasiado largo (%1 unidades UTF-16; se aceptan como máximo %2, y puede mostrar %3 caracteres).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This text may be at most %1 characters long; it has %2.</source>
            <translation>Este texto puede tener como máximo %1 caracteres; tiene %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This object may take at most %1 bytes of JSON; it takes %2.</source>
            <translation>Este objeto puede ocupar como máximo %1 bytes de JSON; ocupa %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Columns must be a whole number between %1 and %2 (it is %3).</source>
            <translation>Las columnas deben ser un número entero entre %1 y %2 (es %3).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a number</source>
            <translation>no es un número</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“%1” is not a breakpoint. Valid breakpoints: %2.</source>
            <translation>«%1» no es un punto de ruptura. Puntos de ruptura válidos: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A breakpoint is an object such as {"columns": 6}.</source>
            <translation>Un punto de ruptura es un objeto como {"columns": 6}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“%1” is not a breakpoint setting; only columns is.</source>
            <translation>«%1» no es un ajuste de punto de ruptura; solo lo es columns.</translation>
        </message>
    </context>
    <context>
        <name>wedsync::SyncHealth</name>
        <message>
            <location filename="../core/SyncHealth.cpp" line="+55" />
            <source>Success</source>
            <translation>Correcto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location line="+22" />
            <source>On time</source>
            <translation>Al día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delayed</source>
            <translation>Retrasado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Elevated</source>
            <translation>Elevada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
    </context>
    <context>
        <name>wedsync::VisibilityConditions</name>
        <message>
            <location filename="../core/VisibilityConditions.cpp" line="+68" />
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <location filename="../core/VisibilityConditions.cpp" line="+74" />
            <source>the hasWeddingAccess condition must be true or false, so the section stays hidden until it is fixed</source>
            <translation>la condición hasWeddingAccess debe ser true o false, así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the minimum role %1 is not a known role (use guest, vendor, couple, photographer, coordinator or admin), so the section stays hidden until it is fixed</source>
            <translation>el rol mínimo %1 no es un rol conocido (use guest, vendor, couple, photographer, coordinator o admin), así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the customField condition needs a field, an operator and a value, so the section stays hidden until it is fixed</source>
            <translation>la condición customField necesita un campo, un operador y un valor, así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the customField condition uses the unknown operator %1 (use equals or contains), so the section stays hidden until it is fixed</source>
            <translation>la condición customField usa el operador desconocido %1 (use equals o contains), así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the time window's start or end cannot be read (use ISO-8601 with a zone, e.g. 2026-06-14T09:00:00Z), so the section stays hidden until it is fixed</source>
            <translation>no se puede leer el inicio o el fin de la ventana de tiempo (use ISO-8601 con zona, p. ej. 2026-06-14T09:00:00Z), así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the time window ends (%1) before it starts (%2), so the section stays hidden until it is fixed</source>
            <translation>la ventana de tiempo termina (%1) antes de empezar (%2), así que la sección queda oculta hasta que se corrija</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the unknown visibility condition "%1" (known: hasWeddingAccess, minimumRole, customField, timeRestriction) hides the section until it is fixed</source>
            <translation>la condición de visibilidad desconocida «%1» (conocidas: hasWeddingAccess, minimumRole, customField, timeRestriction) oculta la sección hasta que se corrija</translation>
        </message>
        <message>
            <location line="+52" />
            <source>%1 has access to this wedding</source>
            <translation>%1 tiene acceso a esta boda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the section needs access to a wedding, and no wedding is selected</source>
            <translation>la sección requiere acceso a una boda y no hay ninguna boda seleccionada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the section needs access to this wedding, and this %1 has none</source>
            <translation>la sección requiere acceso a esta boda y este %1 no lo tiene</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 meets the minimum role %2</source>
            <translation>%1 cumple el rol mínimo %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the section needs at least %1, and %2 ranks below it</source>
            <translation>la sección requiere al menos %1 y %2 está por debajo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>custom field %1 equals %2</source>
            <translation>el campo personalizado %1 es igual a %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>custom field %1 contains %2</source>
            <translation>el campo personalizado %1 contiene %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the section needs custom field %1 to equal %2, and it is %3</source>
            <translation>la sección requiere que el campo personalizado %1 sea igual a %2, y es %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the section needs custom field %1 to contain %2, and it is %3</source>
            <translation>la sección requiere que el campo personalizado %1 contenga %2, y es %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>it is %3, within the section's time window %1 to %2</source>
            <translation>son las %3, dentro de la ventana de tiempo de la sección de %1 a %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the section is shown only from %1 to %2, and it is now %3</source>
            <translation>la sección solo se muestra de %1 a %2, y ahora son las %3</translation>
        </message>
    </context>
    <context>
        <name>wedsync::ConfigSchema</name>
        <message>
            <location filename="../core/ConfigSchema.cpp" line="+74" />
            <source>This is not a setting of this kind.</source>
            <translation>Esto no es un ajuste de este tipo.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>There are more problems; fix these first.</source>
            <translation>Hay más problemas; corrija primero estos.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This setting cannot be set by %1.</source>
            <translation>Este ajuste no lo puede definir %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave the setting out to inherit it; null is not a value.</source>
            <translation>Omita el ajuste para heredarlo; null no es un valor.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Must be true or false.</source>
            <translation>Debe ser true o false.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+76" />
            <source>Must be one of: %1.</source>
            <translation>Debe ser uno de estos: %1.</translation>
        </message>
        <message>
            <location line="-69" />
            <location line="+79" />
            <source>Must be an object.</source>
            <translation>Debe ser un objeto.</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Must be a whole number.</source>
            <translation>Debe ser un número entero.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must be between %1 and %2.</source>
            <translation>Debe estar entre %1 y %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Must be text.</source>
            <translation>Debe ser texto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Must be at most %1 characters long.</source>
            <translation>Debe tener como máximo %1 caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Must not contain control characters or line breaks.</source>
            <translation>No debe contener caracteres de control ni saltos de línea.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation>Debe empezar por a-z y usar solo a-z, 0-9 y _ (64 como máximo).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must be an http:// or https:// address.</source>
            <translation>Debe ser una dirección http:// o https://.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Must be a time of day such as 07:30 or 22:00.</source>
            <translation>Debe ser una hora del día como 07:30 o 22:00.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Must be a list.</source>
            <translation>Debe ser una lista.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+23" />
            <source>Must have at most %1 entries.</source>
            <translation>Debe tener como máximo %1 entradas.</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Listed twice.</source>
            <translation>Aparece dos veces.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The key must be one of: %1.</source>
            <translation>La clave debe ser una de estas: %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The key must start with a-z and use only a-z, 0-9 and _ (at most 64).</source>
            <translation>La clave debe empezar por a-z y usar solo a-z, 0-9 y _ (64 como máximo).</translation>
        </message>
    </context>
</TS>
