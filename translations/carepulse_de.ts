<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
</context>
<context>
    <name>carepulse::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
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
</context>
</TS>
