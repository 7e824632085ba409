<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>DesktopMain</name>
    <message>
        <source>CarePulse: contact-centre analytics.</source>
        <translation>CarePulse: संपर्क केंद्र विश्लेषण।</translation>
    </message>
    <message>
        <source>The store to open (default: $CAREPULSE_DB, else the user&apos;s store).</source>
        <translation>खोलने के लिए स्टोर (डिफ़ॉल्ट: $CAREPULSE_DB, अन्यथा उपयोगकर्ता का स्टोर)।</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>पथ</translation>
    </message>
    <message>
        <source>Render the page with its data to a PNG file and exit.</source>
        <translation>पेज को उसके डेटा के साथ PNG फ़ाइल में सहेजें और बाहर निकलें।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>दिखाने के लिए पेज: %1।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>carepulse: cannot write the screenshot %1</source>
        <translation>carepulse: स्क्रीनशॉट %1 नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>carepulse: unknown page &apos;%1&apos;; pages: %2</source>
        <translation>carepulse: अज्ञात पेज &apos;%1&apos;; पेज: %2</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>%1: unrecognised file: the header has none of the expected columns (for example case_no, create_timestamp, survey_id, or a dimension&apos;s key column such as call_center_id or priority_key)</source>
        <translation>%1: अपरिचित फ़ाइल: हेडर में अपेक्षित कॉलम में से कोई भी नहीं है (उदाहरण के लिए case_no, create_timestamp, survey_id, या किसी डायमेंशन का कुंजी कॉलम जैसे call_center_id या priority_key)</translation>
    </message>
    <message>
        <source>%1: the header lacks required columns: %2</source>
        <translation>%1: हेडर में आवश्यक कॉलम नहीं हैं: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: ऐसी कोई फ़ाइल या फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>%1: the folder has no files to import</source>
        <translation>%1: फ़ोल्डर में आयात करने के लिए कोई फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>%1: the real-time simulator&apos;s seed cases (no timestamps), not history: skipped. Replay them as live events with &apos;carepulse-cli simulate stream --seed-cases %1&apos;.</source>
        <translation>%1: रीयल-टाइम सिम्युलेटर के सीड केस (बिना टाइमस्टैम्प), इतिहास नहीं: छोड़ दिए गए। इन्हें लाइव इवेंट के रूप में चलाने के लिए: &apos;carepulse-cli simulate stream --seed-cases %1&apos;।</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: पढ़ने में त्रुटि: %2</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept</source>
        <translation>%1: रद्द किया गया; इस फ़ाइल से कुछ भी नहीं रखा गया</translation>
    </message>
</context>
<context>
    <name>MySQL</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: the header lacks required columns: %2</source>
        <translation>%1: हेडर में आवश्यक कॉलम नहीं हैं: %2</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server at %2 after %3 attempts over %4 s: %5</source>
        <translation>%1: %4 s में %3 प्रयासों के बाद भी %2 पर सर्वर से कनेक्ट नहीं हो सका: %5</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server at %2: %3</source>
        <translation>%1: %2 पर सर्वर से कनेक्ट नहीं हो सका: %3</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: मेमोरी समाप्त हो गई</translation>
    </message>
    <message>
        <source>%1: ssl-mode=REQUIRED, but the server at %2 does not offer TLS</source>
        <translation>%1: ssl-mode=REQUIRED है, लेकिन %2 पर सर्वर TLS प्रदान नहीं करता</translation>
    </message>
    <message>
        <source> (a password in the URL is ignored: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)</source>
        <translation> (URL में दिया गया पासवर्ड अनदेखा किया जाता है: MYSQL_PWD या CAREPULSE_MYSQL_PASSWORD सेट करें)</translation>
    </message>
    <message>
        <source> (no password was given: set MYSQL_PWD or CAREPULSE_MYSQL_PASSWORD)</source>
        <translation> (कोई पासवर्ड नहीं दिया गया: MYSQL_PWD या CAREPULSE_MYSQL_PASSWORD सेट करें)</translation>
    </message>
    <message>
        <source>%1: lost the connection to the server at %2 during &apos;%3&apos;: %4 (error %5). Work not yet committed was not kept.</source>
        <translation>%1: &apos;%3&apos; के दौरान %2 पर सर्वर से कनेक्शन टूट गया: %4 (त्रुटि %5)। जो काम अभी कमिट नहीं हुआ था, उसे नहीं रखा गया।</translation>
    </message>
    <message>
        <source>; another writer held the store&apos;s write lock too long, try again</source>
        <translation>; किसी अन्य राइटर ने स्टोर का राइट लॉक बहुत देर तक रखा, फिर से प्रयास करें</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; failed on the server at %3: %4 (error %5)%6</source>
        <translation>%1: %3 पर स्थित सर्वर पर &apos;%2&apos; विफल रहा: %4 (त्रुटि %5)%6</translation>
    </message>
    <message>
        <source>%1: the table lacks required columns: %2</source>
        <translation>%1: तालिका में आवश्यक कॉलम नहीं हैं: %2</translation>
    </message>
    <message>
        <source>%1: none of the course tables (futurecart_&lt;name&gt;_details, %2, %3) is in this database</source>
        <translation>%1: कोर्स तालिकाओं (futurecart_&lt;name&gt;_details, %2, %3) में से कोई भी इस डेटाबेस में नहीं है</translation>
    </message>
    <message>
        <source>%1: another CarePulse has been upgrading the schema for over %2 s; try again when it is done</source>
        <translation>%1: एक अन्य CarePulse %2 s से अधिक समय से स्कीमा अपग्रेड कर रहा है; उसके पूरा होने पर फिर से प्रयास करें</translation>
    </message>
    <message>
        <source> The server went away during COMMIT, so this batch may or may not have been kept; importing it again is safe (events already in the store are skipped).</source>
        <translation> COMMIT के दौरान सर्वर से संपर्क टूट गया, इसलिए हो सकता है यह बैच रखा गया हो या नहीं; इसे फिर से आयात करना सुरक्षित है (स्टोर में पहले से मौजूद इवेंट छोड़ दिए जाते हैं)।</translation>
    </message>
    <message>
        <source>%1: the store holds a timestamp CarePulse cannot read: &apos;%2&apos;</source>
        <translation>%1: स्टोर में एक ऐसा टाइमस्टैम्प है जिसे CarePulse पढ़ नहीं सकता: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>columns not in the table, left empty: %1</source>
        <translation>तालिका में मौजूद न होने वाले कॉलम, खाली छोड़े गए: %1</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>अनदेखे किए गए कॉलम: %1</translation>
    </message>
    <message>
        <source>%1: not a usable MySQL location: %2</source>
        <translation>%1: उपयोग योग्य MySQL स्थान नहीं है: %2</translation>
    </message>
    <message>
        <source>it must start with mysql://</source>
        <translation>यह mysql:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>the port must be from 1 to 65535</source>
        <translation>पोर्ट 1 से 65535 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>name one database after the host, as in mysql://user@host:3306/carepulse</source>
        <translation>होस्ट के बाद एक डेटाबेस का नाम दें, जैसे mysql://user@host:3306/carepulse</translation>
    </message>
    <message>
        <source>a database name has at most 64 characters</source>
        <translation>डेटाबेस नाम में अधिकतम 64 वर्ण हो सकते हैं</translation>
    </message>
    <message>
        <source>ssl-mode must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY, not &apos;%1&apos;</source>
        <translation>ssl-mode DISABLED, PREFERRED, REQUIRED, VERIFY_CA या VERIFY_IDENTITY होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <source>connect-attempts must be from 1 to %1</source>
        <translation>connect-attempts 1 से %1 के बीच होना चाहिए</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: ssl-mode, ssl-ca, socket, connect-attempts)</source>
        <translation>अज्ञात विकल्प &apos;%1&apos; (ज्ञात: ssl-mode, ssl-ca, socket, connect-attempts)</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>A required field is missing</source>
        <translation>एक आवश्यक फ़ील्ड मौजूद नहीं है</translation>
    </message>
    <message>
        <source>A timestamp does not parse</source>
        <translation>एक टाइमस्टैम्प पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Created after it was last modified</source>
        <translation>अंतिम संशोधन के बाद बनाया गया</translation>
    </message>
    <message>
        <source>An answer is not a number</source>
        <translation>एक उत्तर संख्या नहीं है</translation>
    </message>
    <message>
        <source>An answer is outside 1..10</source>
        <translation>एक उत्तर 1..10 की सीमा से बाहर है</translation>
    </message>
    <message>
        <source>Q4 is not Y or N</source>
        <translation>Q4 न Y है न N</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>अमान्य JSON</translation>
    </message>
    <message>
        <source>Record longer than 1 MiB</source>
        <translation>रिकॉर्ड 1 MiB से लंबा है</translation>
    </message>
    <message>
        <source>A value has the wrong type</source>
        <translation>एक मान का प्रकार गलत है</translation>
    </message>
    <message>
        <source>Too few fields</source>
        <translation>बहुत कम फ़ील्ड</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: cannot open the store: %2</source>
        <translation>%1: स्टोर नहीं खोला जा सका: %2</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 विफल रहा: %3</translation>
    </message>
    <message>
        <source>%1: statement failed: %2 (%3)</source>
        <translation>%1: स्टेटमेंट विफल रहा: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: the store has schema version %2, newer than this CarePulse understands (%3); upgrade CarePulse</source>
        <translation>%1: स्टोर का स्कीमा संस्करण %2 है, जो इस CarePulse के समझे जाने वाले संस्करण (%3) से नया है; CarePulse को अपग्रेड करें</translation>
    </message>
    <message>
        <source>%1: events must be written inside a transaction</source>
        <translation>%1: इवेंट एक ट्रांज़ैक्शन के भीतर ही लिखे जाने चाहिए</translation>
    </message>
    <message>
        <source>Dimension: %1</source>
        <translation>डायमेंशन: %1</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>केस इवेंट</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>सर्वेक्षण</translation>
    </message>
    <message>
        <source>Quarantined records</source>
        <translation>क्वारंटीन किए गए रिकॉर्ड</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>आयात की गई फ़ाइलें</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>स्टोर खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CarePulse</source>
        <translation>CarePulse के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>स्टोर खोलें</translation>
    </message>
    <message>
        <source>CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CarePulse स्टोर (*.db *.sqlite *.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>About CarePulse</source>
        <translation>CarePulse के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;Contact-centre analytics: cases, SLA breaches, surveys and KPIs, offline on one desktop.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CarePulse %1&lt;/h3&gt;&lt;p&gt;संपर्क केंद्र विश्लेषण: केस, SLA उल्लंघन, सर्वेक्षण और KPI, एक ही डेस्कटॉप पर ऑफ़लाइन।&lt;/p&gt;&lt;p&gt;Qt %2 के साथ बनाया गया।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Store: %1 · loading…</source>
        <translation>स्टोर: %1 · लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Store: %1 · Case events: %2</source>
        <translation>स्टोर: %1 · केस इवेंट: %2</translation>
    </message>
    <message>
        <source>Store: %1 · cannot be read</source>
        <translation>स्टोर: %1 · पढ़ा नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>यह संदेश बंद करें</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StoreContentsModel</name>
    <message>
        <source>Table</source>
        <translation>तालिका</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::StorePage</name>
    <message>
        <source>The store %1 is empty. Import data with: carepulse-cli import --db %1 FILE…</source>
        <translation>स्टोर %1 खाली है। डेटा आयात करें: carepulse-cli import --db %1 फ़ाइल…</translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation>स्टोर %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>cannot read bundled resource %1</source>
        <translation>बंडल किया गया संसाधन %1 पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>डायरेक्टरी %1 नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>bundled %1 has no column %2</source>
        <translation>बंडल की गई %1 में कॉलम %2 नहीं है</translation>
    </message>
    <message>
        <source>the bundled FutureCart dimension files are empty</source>
        <translation>बंडल की गई FutureCart डायमेंशन फ़ाइलें खाली हैं</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
</context>
</TS>
