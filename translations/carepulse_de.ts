<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CaseTimelineText</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Open-class status</source>
        <translation>Status der Klasse „offen“</translation>
    </message>
    <message>
        <source>Closed-class status</source>
        <translation>Status der Klasse „geschlossen“</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA fällig</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>%1 h after creation</source>
        <translation>%1 h nach dem Anlegen</translation>
    </message>
    <message>
        <source>State at T</source>
        <translation>Zustand zu T</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Überfällig um</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Noch nicht angelegt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>SLA-Stunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Q%1 unanswered</source>
        <translation>Q%1 unbeantwortet</translation>
    </message>
    <message>
        <source>The store could not be read (%1): each state change shows only its class.</source>
        <translation>Der Speicher konnte nicht gelesen werden (%1): jede Statusänderung zeigt nur ihre Klasse.</translation>
    </message>
    <message>
        <source>The store holds no events of this case: each state change shows only its class.</source>
        <translation>Der Speicher enthält keine Ereignisse dieses Falls: jede Statusänderung zeigt nur ihre Klasse.</translation>
    </message>
    <message>
        <source>The store has events of this case that the loaded data has not: reload the store for its SLA, survey and facts.</source>
        <translation>Der Speicher enthält Ereignisse dieses Falls, die in den geladenen Daten fehlen: Speicher neu laden, um SLA, Umfrage und Angaben zu sehen.</translation>
    </message>
    <message>
        <source>closed %1 after the due moment</source>
        <translation>%1 nach der Fälligkeit geschlossen</translation>
    </message>
    <message>
        <source>open, %1 overdue at T</source>
        <translation>offen, zum Zeitpunkt T %1 überfällig</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>opened %1 · closed %2</source>
        <translation>eröffnet %1 · geschlossen %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Total cases</source>
        <translation>Fälle insgesamt</translation>
    </message>
    <message>
        <source>cases.total: cases that exist at T (created ≤ T).</source>
        <translation>cases.total: Fälle, die zu T existieren (created ≤ T).</translation>
    </message>
    <message>
        <source>Backlog (open)</source>
        <translation>Rückstand (offen)</translation>
    </message>
    <message>
        <source>cases.open: existing cases open at T — the status of their latest event with time ≤ T is open-class, or they have no event ≤ T yet.</source>
        <translation>cases.open: zu T offene existierende Fälle – der Status ihres letzten Ereignisses mit Zeit ≤ T gehört zur Klasse „offen“, oder sie haben noch kein Ereignis ≤ T.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>cases.closed: existing cases whose latest event with time ≤ T has a closed-class status.</source>
        <translation>cases.closed: existierende Fälle, deren letztes Ereignis mit Zeit ≤ T einen Status der Klasse „geschlossen“ hat.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Rolling window (T − 1 h, T]. opened: cases created in the window; closed: cases closed at T whose closing time is in the window.</source>
        <translation>Gleitendes Fenster (T − 1 h, T]. eröffnet: im Fenster angelegte Fälle; geschlossen: zu T geschlossene Fälle, deren Schließzeit im Fenster liegt.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Calendar window [00:00:00 of T&apos;s date, T]. opened: cases created in it; closed: cases closed at T whose closing time is in it.</source>
        <translation>Kalenderfenster [00:00:00 am Tag von T, T]. eröffnet: darin angelegte Fälle; geschlossen: zu T geschlossene Fälle, deren Schließzeit darin liegt.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Calendar window from 00:00:00 of the first day of T&apos;s fiscal week (weeks start on Saturday; ISO week without a calendar) to T. opened / closed as for the other windows.</source>
        <translation>Kalenderfenster von 00:00:00 am ersten Tag der Geschäftswoche von T (Wochen beginnen samstags; ohne Kalender ISO-Woche) bis T. eröffnet / geschlossen wie bei den anderen Fenstern.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Calendar window from 00:00:00 of the first day of T&apos;s fiscal month (civil month without a calendar) to T. opened / closed as for the other windows.</source>
        <translation>Kalenderfenster von 00:00:00 am ersten Tag des Geschäftsmonats von T (ohne Kalender der Kalendermonat) bis T. eröffnet / geschlossen wie bei den anderen Fenstern.</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>surveys.total: each case&apos;s first survey (earliest survey_timestamp ≤ T; ties: the smaller survey_id as text). Surveys of unknown or open cases count.</source>
        <translation>surveys.total: die erste Umfrage jedes Falls (früheste survey_timestamp ≤ T; bei Gleichstand die als Text kleinere survey_id). Umfragen zu unbekannten oder offenen Fällen zählen mit.</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>csat_pct = 100 × positive / (positive + neutral + negative), over first surveys; a survey&apos;s sentiment is the class of its answer to the overall question (Q1 by default).</source>
        <translation>csat_pct = 100 × positiv / (positiv + neutral + negativ) über die ersten Umfragen; die Stimmung einer Umfrage ist die Klasse ihrer Antwort auf die Gesamtfrage (standardmäßig Q1).</translation>
    </message>
    <message>
        <source>Positive / negative</source>
        <translation>Positiv / negativ</translation>
    </message>
    <message>
        <source>First surveys whose overall answer is in the question&apos;s positive band / negative band (negative, then neutral, then positive: the first band holding the value wins).</source>
        <translation>Erste Umfragen, deren Gesamtantwort im positiven / negativen Bereich der Frage liegt (negativ, dann neutral, dann positiv: der erste Bereich, der den Wert enthält, gilt).</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>compliance_pct = 100 × met / (met + breached closed). Met: closed within the SLA (closed_at − created ≤ SLA hours × 3600 s). Cases without an SLA are in no SLA count.</source>
        <translation>compliance_pct = 100 × eingehalten / (eingehalten + verletzt geschlossen). Eingehalten: innerhalb des SLA geschlossen (closed_at − created ≤ SLA-Stunden × 3600 s). Fälle ohne SLA zählen in keiner SLA-Zahl.</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Breached at T: closed with closed_at − created &gt; SLA, or open with T − created &gt; SLA.</source>
        <translation>Verletzt zu T: geschlossen mit closed_at − created &gt; SLA, oder offen mit T − created &gt; SLA.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>At risk at T: open, not breached, and T − created ≥ the at-risk fraction (0.75 by default) × SLA.</source>
        <translation>Gefährdet zu T: offen, nicht verletzt und T − created ≥ Gefährdungsanteil (standardmäßig 0,75) × SLA.</translation>
    </message>
    <message>
        <source>Met the SLA</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>Met: closed at T within the SLA (closed_at − created ≤ SLA hours × 3600 s).</source>
        <translation>Eingehalten: zu T innerhalb des SLA geschlossen (closed_at − created ≤ SLA-Stunden × 3600 s).</translation>
    </message>
    <message>
        <source>Resolution time (24 h)</source>
        <translation>Lösungszeit (24 h)</translation>
    </message>
    <message>
        <source>For cases closed at T with closed_at in (T − 24 h, T]: the nearest-rank median of closed_at − created; the caption gives the mean and the 90th percentile.</source>
        <translation>Für zu T geschlossene Fälle mit closed_at in (T − 24 h, T]: der Median (nächster Rang) von closed_at − created; darunter Mittelwert und 90. Perzentil.</translation>
    </message>
    <message>
        <source>with an SLA: %1</source>
        <translation>mit SLA: %1</translation>
    </message>
    <message>
        <source>open at T</source>
        <translation>offen zu T</translation>
    </message>
    <message>
        <source>closed at T</source>
        <translation>geschlossen zu T</translation>
    </message>
    <message>
        <source>neutral %1</source>
        <translation>neutral %1</translation>
    </message>
    <message>
        <source>of %1 rated surveys</source>
        <translation>von %1 bewerteten Umfragen</translation>
    </message>
    <message>
        <source>positive / negative</source>
        <translation>positiv / negativ</translation>
    </message>
    <message>
        <source>met %1 · breached closed %2</source>
        <translation>eingehalten %1 · verletzt geschlossen %2</translation>
    </message>
    <message>
        <source>open %1 · closed %2</source>
        <translation>offen %1 · geschlossen %2</translation>
    </message>
    <message>
        <source>open, nearing the SLA</source>
        <translation>offen, SLA naht</translation>
    </message>
    <message>
        <source>of %1 cases with an SLA</source>
        <translation>von %1 Fällen mit SLA</translation>
    </message>
    <message>
        <source>mean %1 · p90 %2</source>
        <translation>Mittel %1 · p90 %2</translation>
    </message>
</context>
<context>
    <name>DesktopMain</name>
    <message>
        <source>CarePulse: contact-centre analytics.</source>
        <translation>CarePulse: Kontaktcenter-Analyse.</translation>
    </message>
    <message>
        <source>The store to open (default: $CAREPULSE_DB, else the user&apos;s store).</source>
        <translation>Der zu öffnende Datenspeicher (Standard: $CAREPULSE_DB, sonst der Datenspeicher des Benutzers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Render the page with its data to a PNG file and exit.</source>
        <translation>Die Seite mit ihren Daten als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>Die anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>carepulse: cannot write the screenshot %1</source>
        <translation>carepulse: Das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>carepulse: unknown page &apos;%1&apos;; pages: %2</source>
        <translation>carepulse: unbekannte Seite &apos;%1&apos;; Seiten: %2</translation>
    </message>
    <message>
        <source>Follow a live source for this session (repeatable): file:PATH, dir:PATH or tcp:HOST:PORT.</source>
        <translation>Für diese Sitzung einer Live-Quelle folgen (wiederholbar): file:PFAD, dir:PFAD oder tcp:HOST:PORT.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>carepulse: --tail %1: %2</source>
        <translation>carepulse: --tail %1: %2</translation>
    </message>
    <message>
        <source>Show this case on the case page (implies --page case).</source>
        <translation>Diesen Fall auf der Fallseite zeigen (setzt --page case voraus).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Print how long the dashboard took to show its first tiles, then exit (for benchmarks).</source>
        <translation>Ausgeben, wie lange das Dashboard bis zu seinen ersten Kacheln brauchte, dann beenden (für Benchmarks).</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: unrecognised file: the header has none of the expected columns (for example case_no, create_timestamp, survey_id, or a dimension&apos;s key column such as call_center_id or priority_key)</source>
        <translation>%1: unbekannte Datei: Die Kopfzeile enthält keine der erwarteten Spalten (zum Beispiel case_no, create_timestamp, survey_id oder die Schlüsselspalte einer Dimension wie call_center_id oder priority_key)</translation>
    </message>
    <message>
        <source>%1: the header lacks required columns: %2</source>
        <translation>%1: In der Kopfzeile fehlen erforderliche Spalten: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: the folder has no files to import</source>
        <translation>%1: Der Ordner enthält keine importierbaren Dateien</translation>
    </message>
    <message>
        <source>%1: the real-time simulator&apos;s seed cases (no timestamps), not history: skipped. Replay them as live events with &apos;carepulse-cli simulate stream --seed-cases %1&apos;.</source>
        <translation>%1: die Startfälle des Echtzeit-Simulators (ohne Zeitstempel), keine Historie: übersprungen. Spielen Sie sie als Live-Ereignisse ab mit &apos;carepulse-cli simulate stream --seed-cases %1&apos;.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept</source>
        <translation>%1: abgebrochen; aus dieser Datei wurde nichts übernommen</translation>
    </message>
</context>
<context>
    <name>MySQL</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the header lacks required columns: %2</source>
        <translation>%1: In der Kopfzeile fehlen erforderliche Spalten: %2</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server at %2 after %3 attempts over %4 s: %5</source>
        <translation>%1: Verbindung zum Server unter %2 nach %3 Versuchen in %4 s nicht möglich: %5</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server at %2: %3</source>
        <translation>%1: Verbindung zum Server unter %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: ssl-mode=REQUIRED, but the server at %2 does not offer TLS</source>
        <translation>%1: ssl-mode=REQUIRED, aber der Server unter %2 bietet kein TLS an</translation>
    </message>
    <message>
        <source> (a password in the URL is ignored: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)</source>
        <translation> (ein Passwort in der URL wird ignoriert: setzen Sie MYSQL_PWD oder CAREPULSE_MYSQL_PASSWORD)</translation>
    </message>
    <message>
        <source> (no password was given: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)</source>
        <translation> (es wurde kein Passwort angegeben: setzen Sie MYSQL_PWD oder CAREPULSE_MYSQL_PASSWORD)</translation>
    </message>
    <message>
        <source>%1: lost the connection to the server at %2 during &apos;%3&apos;: %4 (error %5). Work not yet committed was not kept.</source>
        <translation>%1: Verbindung zum Server unter %2 während &apos;%3&apos; verloren: %4 (Fehler %5). Noch nicht festgeschriebene Änderungen wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>; another writer held the store&apos;s write lock too long, try again</source>
        <translation>; ein anderer Schreibvorgang hat die Schreibsperre des Datenspeichers zu lange gehalten, versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; failed on the server at %3: %4 (error %5)%6</source>
        <translation>%1: &apos;%2&apos; ist auf dem Server unter %3 fehlgeschlagen: %4 (Fehler %5)%6</translation>
    </message>
    <message>
        <source>%1: the table lacks required columns: %2</source>
        <translation>%1: In der Tabelle fehlen erforderliche Spalten: %2</translation>
    </message>
    <message>
        <source>%1: none of the course tables (futurecart_&lt;name&gt;_details, %2, %3) is in this database</source>
        <translation>%1: Keine der Kurstabellen (futurecart_&lt;name&gt;_details, %2, %3) ist in dieser Datenbank vorhanden</translation>
    </message>
    <message>
        <source>%1: another CarePulse has been upgrading the schema for over %2 s; try again when it is done</source>
        <translation>%1: Eine andere CarePulse-Instanz aktualisiert das Schema seit über %2 s; versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <source> The server went away during COMMIT, so this batch may or may not have been kept; importing it again is safe (events already in the store are skipped).</source>
        <translation> Die Verbindung zum Server ging während COMMIT verloren, daher wurde dieser Stapel möglicherweise übernommen oder auch nicht; ein erneuter Import ist sicher (bereits im Datenspeicher vorhandene Ereignisse werden übersprungen).</translation>
    </message>
    <message>
        <source>%1: the store holds a timestamp CarePulse cannot read: &apos;%2&apos;</source>
        <translation>%1: Der Datenspeicher enthält einen Zeitstempel, den CarePulse nicht lesen kann: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>columns not in the table, left empty: %1</source>
        <translation>nicht in der Tabelle vorhandene Spalten, leer gelassen: %1</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>ignorierte Spalten: %1</translation>
    </message>
    <message>
        <source>%1: not a usable MySQL location: %2</source>
        <translation>%1: keine verwendbare MySQL-Adresse: %2</translation>
    </message>
    <message>
        <source>it must start with mysql://</source>
        <translation>sie muss mit mysql:// beginnen</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>name one database after the host, as in mysql://user@host:3306/carepulse</source>
        <translation>geben Sie nach dem Host genau eine Datenbank an, wie in mysql://user@host:3306/carepulse</translation>
    </message>
    <message>
        <source>a database name has at most 64 characters</source>
        <translation>ein Datenbankname hat höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>ssl-mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY, not &apos;%1&apos;</source>
        <translation>ssl-mode muss DISABLED, PREFERRED, REQUIRED, VERIFY_CA oder VERIFY_IDENTITY sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>connect-attempts must be from 1 to %1</source>
        <translation>connect-attempts muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: ssl-mode, ssl-ca, socket, connect-attempts)</source>
        <translation>unbekannte Option &apos;%1&apos; (bekannt: ssl-mode, ssl-ca, socket, connect-attempts)</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>A required field is missing</source>
        <translation>Ein Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>A timestamp does not parse</source>
        <translation>Ein Zeitstempel lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Created after it was last modified</source>
        <translation>Nach der letzten Änderung erstellt</translation>
    </message>
    <message>
        <source>An answer is not a number</source>
        <translation>Eine Antwort ist keine Zahl</translation>
    </message>
    <message>
        <source>An answer is outside 1..10</source>
        <translation>Eine Antwort liegt außerhalb von 1..10</translation>
    </message>
    <message>
        <source>Q4 is not Y or N</source>
        <translation>Q4 ist weder Y noch N</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>Fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>Record longer than 1 MiB</source>
        <translation>Datensatz länger als 1 MiB</translation>
    </message>
    <message>
        <source>A value has the wrong type</source>
        <translation>Ein Wert hat den falschen Typ</translation>
    </message>
    <message>
        <source>Too few fields</source>
        <translation>Zu wenige Felder</translation>
    </message>
</context>
<context>
    <name>RecordedEventText</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>call centre</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a member&apos;s label and value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <comment>a member&apos;s label, value before, value after</comment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation>%1: Der Datenspeicher kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: statement failed: %2 (%3)</source>
        <translation>%1: Anweisung fehlgeschlagen: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the store has schema version %2, newer than this CarePulse understands (%3); upgrade CarePulse</source>
        <translation>%1: Der Datenspeicher hat die Schemaversion %2, neuer als diese CarePulse-Version versteht (%3); bitte CarePulse aktualisieren</translation>
    </message>
    <message>
        <source>%1: events must be written inside a transaction</source>
        <translation>%1: Ereignisse müssen innerhalb einer Transaktion geschrieben werden</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>Dimension: %1</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Fallereignisse</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>Datensätze in Quarantäne</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::ArrivalsHeatmap</name>
    <message>
        <source>%1 %2:00–%2:59: %3 cases created</source>
        <translation>%1 %2:00–%2:59: %3 Fälle angelegt</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CaseEventsReader</name>
    <message>
        <source>no store is open</source>
        <translation>kein Speicher geöffnet</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CasePage</name>
    <message>
        <source>No case %1 in the store</source>
        <translation>Kein Fall %1 im Datenspeicher</translation>
    </message>
    <message>
        <source>Case %1 as of %2</source>
        <translation>Fall %1 zum Stand %2</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Fallnummer:</translation>
    </message>
    <message>
        <source>Type a case number and press Enter</source>
        <translation>Fallnummer eingeben und Eingabe drücken</translation>
    </message>
    <message>
        <source>Double-click a case on the SLA page, or type its number.</source>
        <translation>Doppelklicken Sie auf der SLA-Seite auf einen Fall oder geben Sie seine Nummer ein.</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CaseTableModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Kein SLA</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Überfällig um</translation>
    </message>
    <message>
        <source>Time to breach</source>
        <translation>Zeit bis Verletzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DashboardPage</name>
    <message>
        <source>Click to list these cases.</source>
        <translation>Klicken, um diese Fälle aufzulisten.</translation>
    </message>
    <message>
        <source>Cases by priority and severity</source>
        <translation>Fälle nach Priorität und Schweregrad</translation>
    </message>
    <message>
        <source>No cases yet as of this moment. Import files and folders on the Data page (Ctrl+5), follow a live source on the Live page (Ctrl+6), or use carepulse-cli import.</source>
        <translation>Zu diesem Zeitpunkt gibt es noch keine Fälle. Importieren Sie Dateien und Ordner auf der Seite „Daten“ (Strg+5), folgen Sie einer Live-Quelle auf der Seite „Live“ (Strg+6) oder verwenden Sie carepulse-cli import.</translation>
    </message>
    <message>
        <source>Filtered: the tiles count only the cases that match the global filters, and their surveys.</source>
        <translation>Gefiltert: Die Kacheln zählen nur die Fälle, die den globalen Filtern entsprechen, und deren Umfragen.</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DataPage</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 · %4 records</source>
        <translation>Datei %1 von %2: %3 · %4 Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 records loaded, %2 quarantined.</source>
        <translation>
            <numerusform>%n Datei importiert: %1 Datensätze geladen, %2 in Quarantäne.</numerusform>
            <numerusform>%n Dateien importiert: %1 Datensätze geladen, %2 in Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the file in progress was rolled back. </source>
        <translation>Import abgebrochen; die laufende Datei wurde zurückgerollt. </translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Data files (*.txt *.tsv *.csv *.json *.jsonl);;All files (*)</source>
        <translation>Datendateien (*.txt *.tsv *.csv *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Dateien importieren …</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Ordner importieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>…or drop files and folders here.</source>
        <translation>… oder Dateien und Ordner hier ablegen.</translation>
    </message>
    <message>
        <source>Store contents</source>
        <translation>Inhalt des Datenspeichers</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Quarantäne (%1)</translation>
    </message>
    <message>
        <source>Data quality (%1)</source>
        <translation>Datenqualität (%1)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DataQualityModel</name>
    <message>
        <source>Unknown call centre</source>
        <translation>Unbekanntes Callcenter</translation>
    </message>
    <message>
        <source>Unknown category pair (no priority, no SLA)</source>
        <translation>Unbekanntes Kategoriepaar (keine Priorität, kein SLA)</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>Unbekanntes Land</translation>
    </message>
    <message>
        <source>Unknown employee</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Unbekanntes Produkt</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::FilterBar</name>
    <message>
        <source>Centre</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 gewählt</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Data clock (newest event)</source>
        <translation>Datenuhr (neuestes Ereignis)</translation>
    </message>
    <message>
        <source>System clock</source>
        <translation>Systemuhr</translation>
    </message>
    <message>
        <source>Chosen moment</source>
        <translation>Gewählter Zeitpunkt</translation>
    </message>
    <message>
        <source>Drag to replay the past, hour by hour.</source>
        <translation>Ziehen, um die Vergangenheit Stunde für Stunde abzuspielen.</translation>
    </message>
    <message>
        <source>The moment T every figure is computed as of.</source>
        <translation>Der Zeitpunkt T, zu dem jede Zahl berechnet wird.</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::GroupTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Callcenter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>Median overdue</source>
        <translation>Median Überfälligkeit</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::IssuesModel</name>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>Live source</source>
        <translation>Live-Quelle</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::IssuesPanel</name>
    <message>
        <source>Live ingestion</source>
        <translation>Live-Erfassung</translation>
    </message>
    <message>
        <source>%1 value(s) that the dimension does not know, named by %2 case(s); they count as &quot;Unknown&quot; (details on the Data page).</source>
        <translation>%1 Wert(e), die die Dimension nicht kennt, genannt von %2 Fall/Fällen; sie zählen als „Unbekannt“ (Einzelheiten auf der Seite Daten).</translation>
    </message>
    <message>
        <source>%1 bad record(s) quarantined (reasons on the Data page).</source>
        <translation>%1 fehlerhafte(r) Datensatz/Datensätze in Quarantäne (Gründe auf der Seite Daten).</translation>
    </message>
    <message>
        <source>%1 client(s) cut off; the last: %2</source>
        <translation>%1 Client(s) getrennt; zuletzt: %2</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LivePage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Follow a &amp;file…</source>
        <translation>&amp;Datei verfolgen …</translation>
    </message>
    <message>
        <source>Follow a growing file of JSON Lines or JSON arrays, through rotation and truncation.</source>
        <translation>Einer wachsenden Datei aus JSON Lines oder JSON-Arrays folgen, auch über Rotation und Kürzung hinweg.</translation>
    </message>
    <message>
        <source>Watch a f&amp;older…</source>
        <translation>&amp;Ordner beobachten …</translation>
    </message>
    <message>
        <source>Apply every case_data_&lt;epoch&gt;.json and survey_data_&lt;epoch&gt;.json file that appears, once, in order.</source>
        <translation>Jede erscheinende Datei case_data_&lt;epoch&gt;.json und survey_data_&lt;epoch&gt;.json einmal und in Reihenfolge anwenden.</translation>
    </message>
    <message>
        <source>&amp;Listen on TCP…</source>
        <translation>Auf TCP &amp;lauschen …</translation>
    </message>
    <message>
        <source>Accept newline-delimited JSON from any number of clients.</source>
        <translation>Zeilengetrenntes JSON von beliebig vielen Clients annehmen.</translation>
    </message>
    <message>
        <source>Events that arrive while CarePulse runs are written to the store with each source&apos;s position, so nothing is lost or counted twice across restarts. To try it, start the simulator and follow its file:
  carepulse-cli simulate stream --to file:/tmp/stream.jsonl --rate 200</source>
        <translation>Ereignisse, die eintreffen, während CarePulse läuft, werden mit der Position jeder Quelle in den Datenspeicher geschrieben, sodass über Neustarts hinweg nichts verloren geht oder doppelt zählt. Zum Ausprobieren den Simulator starten und seiner Datei folgen:
  carepulse-cli simulate stream --to file:/tmp/stream.jsonl --rate 200</translation>
    </message>
    <message>
        <source>Cannot add the source</source>
        <translation>Die Quelle kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Follow a file (it may not exist yet)</source>
        <translation>Einer Datei folgen (sie muss noch nicht existieren)</translation>
    </message>
    <message>
        <source>JSON Lines or arrays (*.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>JSON Lines oder Arrays (*.jsonl *.json *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>Ordner beobachten</translation>
    </message>
    <message>
        <source>Listen on TCP</source>
        <translation>Auf TCP lauschen</translation>
    </message>
    <message>
        <source>Address and port to listen on (HOST:PORT; 127.0.0.1 keeps it to this machine):</source>
        <translation>Adresse und Port zum Lauschen (HOST:PORT; 127.0.0.1 beschränkt auf diesen Rechner):</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LiveService</name>
    <message>
        <source>%1 is already a live source.</source>
        <translation>%1 ist bereits eine Live-Quelle.</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LiveSourcesModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Neuestes Ereignis</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Datenspeicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CarePulse</source>
        <translation>&amp;Über CarePulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CarePulse-Datenspeicher (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About CarePulse</source>
        <translation>Über CarePulse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;Contact-centre analytics: cases, SLA breaches, surveys and KPIs, offline on one desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;Kontaktcenter-Analyse: Fälle, SLA-Verletzungen, Umfragen und KPIs, offline auf einem Desktop.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: %1 · loading…</source>
        <translation>Datenspeicher: %1 · wird geladen…</translation>
    </message>
    <message>
        <source>Store: %1 · Case events: %2</source>
        <translation>Datenspeicher: %1 · Fallereignisse: %2</translation>
    </message>
    <message>
        <source>Store: %1 · cannot be read</source>
        <translation>Datenspeicher: %1 · kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <source>%1 cases in the books</source>
        <translation>%1 Fälle in den Büchern</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Fälle: %1</translation>
    </message>
    <message>
        <source>data clock</source>
        <translation>Datenuhr</translation>
    </message>
    <message>
        <source>system clock</source>
        <translation>Systemuhr</translation>
    </message>
    <message>
        <source>chosen moment</source>
        <translation>gewählter Zeitpunkt</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>Stand %1 (%2)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Live: %1 events/s</source>
        <translation>Live: %1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the issues panel (Ctrl+I)</source>
        <translation>Problemliste anzeigen (Strg+I)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::PasswordDialog</name>
    <message>
        <source>&amp;Save password</source>
        <translation>Passwort &amp;speichern</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Serverpasswort</translation>
    </message>
    <message>
        <source>The server refused %1:
%2</source>
        <translation>Der Server hat %1 abgewiesen:
%2</translation>
    </message>
    <message>
        <source>Keeps the password in CarePulse&apos;s settings file, readable by anyone who can read your files. Leave it off to be asked again next time.</source>
        <translation>Legt das Passwort in der Einstellungsdatei von CarePulse ab, lesbar für jeden, der Ihre Dateien lesen kann. Ausgeschaltet lassen, um beim nächsten Mal erneut gefragt zu werden.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::PriorityTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::QuarantineModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>Byte-Position</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::ReportTableView</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Statuses that close a case, comma-separated (compared without regard to case). Every other status is open. Changing them reloads the books.</source>
        <translation>Status, die einen Fall schließen, durch Kommas getrennt (ohne Beachtung der Groß-/Kleinschreibung). Jeder andere Status ist offen. Eine Änderung lädt die Bücher neu.</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>The survey question whose answer gives a survey&apos;s sentiment (CSAT).</source>
        <translation>Die Umfragefrage, deren Antwort die Stimmung einer Umfrage (CSAT) bestimmt.</translation>
    </message>
    <message>
        <source>An open case is at risk once this fraction of its SLA has elapsed.</source>
        <translation>Ein offener Fall ist gefährdet, sobald dieser Anteil seines SLA verstrichen ist.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Refresh interval:</source>
        <translation>Aktualisierungsintervall:</translation>
    </message>
    <message>
        <source>Closed statuses:</source>
        <translation>Schließende Status:</translation>
    </message>
    <message>
        <source>Sentiment question:</source>
        <translation>Stimmungsfrage:</translation>
    </message>
    <message>
        <source>At-risk fraction of the SLA:</source>
        <translation>Gefährdungsanteil des SLA:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Datenspeicher:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CarePulse-Datenspeicher (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::SlaPage</name>
    <message>
        <source>All: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) as of %1</source>
        <translation>
            <numerusform>%n Fall zum Stand %1</numerusform>
            <numerusform>%n Fälle zum Stand %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre › manager › agent</source>
        <translation>Center › Manager › Agent</translation>
    </message>
    <message>
        <source>Category › sub-category</source>
        <translation>Kategorie › Unterkategorie</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Breached or at risk</source>
        <translation>Verletzt oder gefährdet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Search cases, agents, managers, centres… (Ctrl+F)</source>
        <translation>Fälle, Agenten, Manager, Center suchen … (Strg+F)</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Fälle zeigen</translation>
    </message>
    <message>
        <source>List the cases of the current group, with the chosen state.</source>
        <translation>Die Fälle der aktuellen Gruppe mit dem gewählten Zustand auflisten.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Which cases the case list shows.</source>
        <translation>Welche Fälle die Fallliste zeigt.</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StoreContentsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StorePage</name>
    <message>
        <source>The store %1 is empty. Import data with: carepulse-cli import --db %1 FILE…</source>
        <translation>Der Datenspeicher %1 ist leer. Daten importieren mit: carepulse-cli import --db %1 DATEI…</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>Der Datenspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::TimelineModel</name>
    <message>
        <source>%1 (after T)</source>
        <translation>%1 (nach T)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::TrendsPage</name>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>SLA compliance %</source>
        <translation>SLA-Einhaltung %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ending %1</source>
        <translation>
            <numerusform>%n Tag bis %1</numerusform>
            <numerusform>%n Tage bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save PNG</source>
        <translation>PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opened and closed per hour</source>
        <translation>Eröffnet und geschlossen pro Stunde</translation>
    </message>
    <message>
        <source>Opened and closed per day</source>
        <translation>Eröffnet und geschlossen pro Tag</translation>
    </message>
    <message>
        <source>Backlog (open cases) per hour</source>
        <translation>Rückstand (offene Fälle) pro Stunde</translation>
    </message>
    <message>
        <source>CSAT per day</source>
        <translation>CSAT pro Tag</translation>
    </message>
    <message>
        <source>SLA compliance per day</source>
        <translation>SLA-Einhaltung pro Tag</translation>
    </message>
    <message>
        <source>Arrivals by hour of day and weekday</source>
        <translation>Eingänge nach Tagesstunde und Wochentag</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern …</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>waiting for %1 to appear</source>
        <translation>warte auf das Erscheinen von %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>folge %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from the top</source>
        <translation>%1 wurde gekürzt; wird erneut von vorn gelesen</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>beobachte %1</translation>
    </message>
    <message>
        <source>waiting for the folder %1 to appear</source>
        <translation>warte auf das Erscheinen des Ordners %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2; retrying</source>
        <translation>kann nicht in den Datenspeicher %1 schreiben: %2; neuer Versuch</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (e.g. tcp:127.0.0.1:5140)</source>
        <translation>„%1“ ist nicht HOST:PORT (z. B. tcp:127.0.0.1:5140)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source: use file:PATH, dir:PATH or tcp:HOST:PORT</source>
        <translation>„%1“ ist keine Quelle: file:PFAD, dir:PFAD oder tcp:HOST:PORT verwenden</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>lausche auf %1:%2</translation>
    </message>
    <message>
        <source>refused %1: already %2 clients connected</source>
        <translation>%1 abgewiesen: bereits %2 Clients verbunden</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>binary data instead of JSON lines</source>
        <translation>Binärdaten statt JSON-Zeilen</translation>
    </message>
    <message>
        <source>cut off %1: %2</source>
        <translation>%1 getrennt: %2</translation>
    </message>
    <message>
        <source>a line still unfinished after %1 s</source>
        <translation>eine Zeile nach %1 s noch unvollständig</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>cannot read bundled resource %1</source>
        <translation>Die mitgelieferte Ressource %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>bundled %1 has no column %2</source>
        <translation>Die mitgelieferte Datei %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>the bundled FutureCart dimension files are empty</source>
        <translation>Die mitgelieferten FutureCart-Dimensionsdateien sind leer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a seed-cases file like 000000_0 (comma-separated case_no, created_employee_key, call_center_id, status, category, sub_category, communication_mode, country_cd, product_code; no header)</source>
        <translation>%1 ist keine Seed-Fall-Datei wie 000000_0 (kommagetrennt case_no, created_employee_key, call_center_id, status, category, sub_category, communication_mode, country_cd, product_code; ohne Kopfzeile)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: too big for a seed-cases file (%2 bytes)</source>
        <translation>%1: zu groß für eine Seed-Fall-Datei (%2 Bytes)</translation>
    </message>
    <message>
        <source>--to %1: a path is missing after &apos;%2:&apos;</source>
        <translation>--to %1: nach „%2:“ fehlt ein Pfad</translation>
    </message>
    <message>
        <source>--to %1: expected tcp:HOST:PORT with a port from 1 to 65535</source>
        <translation>--to %1: erwartet tcp:HOST:PORT mit einem Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>--to %1: expected file:PATH, dir:PATH or tcp:HOST:PORT</source>
        <translation>--to %1: erwartet file:PFAD, dir:PFAD oder tcp:HOST:PORT</translation>
    </message>
    <message>
        <source>cannot open %1 for appending: %2</source>
        <translation>%1 kann nicht zum Anhängen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>kann nicht nach %1 schreiben: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2); reconnecting in %3 s</source>
        <translation>Verbindung zu %1 verloren (%2); neuer Verbindungsversuch in %3 s</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); retrying in %3 s</source>
        <translation>kann keine Verbindung zu %1 herstellen (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>%1 bytes could not be delivered to %2 (or only perhaps, before a connection dropped)</source>
        <translation>%1 Bytes konnten nicht an %2 zugestellt werden (oder nur vielleicht, bevor eine Verbindung abbrach)</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>warte auf %1</translation>
    </message>
</context>
</TS>
