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
</context>
<context>
    <name>carepulse</name>
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
    <name>carepulse::Importer</name>
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
    <name>carepulse::cli</name>
    <message>
        <source>Store: %1
</source>
        <translation>Datenspeicher: %1
</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>GELESEN</translation>
    </message>
    <message>
        <source>LOADED</source>
        <translation>GELADEN</translation>
    </message>
    <message>
        <source>DUPLICATES</source>
        <translation>DUPLIKATE</translation>
    </message>
    <message>
        <source>QUARANTINED</source>
        <translation>QUARANTÄNE</translation>
    </message>
    <message>
        <source>    %1 of the loaded rows updated existing ones
</source>
        <translation>    %1 der geladenen Zeilen haben vorhandene aktualisiert
</translation>
    </message>
    <message>
        <source>    quarantined: %1
</source>
        <translation>    in Quarantäne: %1
</translation>
    </message>
    <message>
        <source>    line %1: %2%3%4
</source>
        <translation>    Zeile %1: %2%3%4
</translation>
    </message>
    <message>
        <source>    note: %1
</source>
        <translation>    Hinweis: %1
</translation>
    </message>
    <message>
        <source>Total: %1 records read, %2 loaded, %3 duplicates, %4 quarantined in %5 s (%6 records/s)
</source>
        <translation>Gesamt: %1 Datensätze gelesen, %2 geladen, %3 Duplikate, %4 in Quarantäne in %5 s (%6 Datensätze/s)
</translation>
    </message>
    <message>
        <source>Import dimension, case and survey files (TSV, JSON Lines, JSON arrays) or folders of them into the store.</source>
        <translation>Dimensions-, Fall- und Umfragedateien (TSV, JSON Lines, JSON-Arrays) oder Ordner davon in den Datenspeicher importieren.</translation>
    </message>
    <message>
        <source>The store (default: $CAREPULSE_DB or the user&apos;s store).</source>
        <translation>Der Datenspeicher (Standard: $CAREPULSE_DB oder der Datenspeicher des Benutzers).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Output: text or json.</source>
        <translation>Ausgabe: text oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>PFAD...</translation>
    </message>
    <message>
        <source>carepulse-cli import: --format must be text or json, not &apos;%1&apos;
</source>
        <translation>carepulse-cli import: --format muss text oder json sein, nicht &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>carepulse-cli import: name at least one file or folder
</source>
        <translation>carepulse-cli import: Geben Sie mindestens eine Datei oder einen Ordner an
</translation>
    </message>
    <message>
        <source>carepulse-cli import: %1
</source>
        <translation>carepulse-cli import: %1
</translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>Es wurde nichts importiert.
</translation>
    </message>
    <message>
        <source>Generate a realistic FutureCart data set.

  simulate history   write the dimension files and N days of case and survey history
  simulate stream    stream live events (not yet available)</source>
        <translation>Einen realistischen FutureCart-Datensatz erzeugen.

  simulate history   die Dimensionsdateien und N Tage Fall- und Umfragehistorie schreiben
  simulate stream    Live-Ereignisse streamen (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>history or stream</source>
        <translation>history oder stream</translation>
    </message>
    <message>
        <source>Run &apos;carepulse-cli simulate --help&apos; for the options.
</source>
        <translation>Die Optionen zeigt &apos;carepulse-cli simulate --help&apos;.
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>--out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>--cases N is required</source>
        <translation>--cases N ist erforderlich</translation>
    </message>
    <message>
        <source>--end must be a time &apos;YYYY-MM-DD HH:MM:SS&apos;, not &apos;%1&apos;</source>
        <translation>--end muss eine Zeit im Format &apos;YYYY-MM-DD HH:MM:SS&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>simulate: writing %1 (%2 s)
</source>
        <translation>simulate: schreibe %1 (%2 s)
</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2 (history %3 .. %4, seed %5):
</source>
        <translation>%1 Dateien nach %2 geschrieben (Historie %3 .. %4, Seed %5):
</translation>
    </message>
    <message>
        <source>Done in %1 s.
</source>
        <translation>Fertig in %1 s.
</translation>
    </message>
    <message>
        <source>say what to simulate: &apos;history&apos; or &apos;stream&apos;</source>
        <translation>Geben Sie an, was simuliert werden soll: &apos;history&apos; oder &apos;stream&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>carepulse-cli simulate stream: not yet available in this version; use &apos;simulate history&apos; to write a data set.
</source>
        <translation>carepulse-cli simulate stream: in dieser Version noch nicht verfügbar; schreiben Sie einen Datensatz mit &apos;simulate history&apos;.
</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;: use &apos;history&apos; or &apos;stream&apos;</source>
        <translation>unbekannter Modus &apos;%1&apos;: &apos;history&apos; oder &apos;stream&apos; verwenden</translation>
    </message>
</context>
<context>
    <name>carepulse::cli::HistoryOptions</name>
    <message>
        <source>Folder to write the data set into (created if needed).</source>
        <translation>Ordner, in den der Datensatz geschrieben wird (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same bytes (default 1).</source>
        <translation>Zufalls-Seed: derselbe Seed ergibt dieselben Bytes (Standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of cases to create.</source>
        <translation>Anzahl der zu erzeugenden Fälle.</translation>
    </message>
    <message>
        <source>Days of history ending at --end (default 10).</source>
        <translation>Tage der Historie bis --end (Standard 10).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>End of the history, &apos;YYYY-MM-DD HH:MM:SS&apos; (default: now, local time).</source>
        <translation>Ende der Historie, &apos;YYYY-MM-DD HH:MM:SS&apos; (Standard: jetzt, Ortszeit).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Number of employees (default 300024).</source>
        <translation>Anzahl der Mitarbeiter (Standard 300024).</translation>
    </message>
    <message>
        <source>Number of products (default 92353).</source>
        <translation>Anzahl der Produkte (Standard 92353).</translation>
    </message>
</context>
<context>
    <name>carepulse::sqlite::SqliteStore</name>
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
    <name>cli</name>
    <message>
        <source>Usage: carepulse-cli COMMAND [OPTIONS]

Commands:
  import     Import dimension, case and survey files or folders into the store
  simulate   Generate a realistic FutureCart data set (simulate history --help)

Run &apos;carepulse-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Aufruf: carepulse-cli BEFEHL [OPTIONEN]

Befehle:
  import     Dimensions-, Fall- und Umfragedateien oder Ordner in den Datenspeicher importieren
  simulate   Einen realistischen FutureCart-Datensatz erzeugen (simulate history --help)

Die Optionen eines Befehls zeigt &apos;carepulse-cli BEFEHL --help&apos;.
</translation>
    </message>
    <message>
        <source>carepulse-cli: unknown command &apos;%1&apos;

</source>
        <translation>carepulse-cli: unbekannter Befehl &apos;%1&apos;

</translation>
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
