<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>CaseTimelineText</name>
    <message>
        <source>positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>no class</source>
        <translation>कोई वर्ग नहीं</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघित</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>कोई SLA नहीं</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Open-class status</source>
        <translation>खुली श्रेणी की स्थिति</translation>
    </message>
    <message>
        <source>Closed-class status</source>
        <translation>बंद श्रेणी की स्थिति</translation>
    </message>
    <message>
        <source>SLA due</source>
        <translation>SLA की नियत घड़ी</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>सर्वेक्षण</translation>
    </message>
    <message>
        <source>%1 h after creation</source>
        <translation>बनने के %1 घंटे बाद</translation>
    </message>
    <message>
        <source>State at T</source>
        <translation>T पर स्थिति</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>अभी बना नहीं</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>SLA घंटे</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>कॉल सेंटर</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Q%1 unanswered</source>
        <translation>Q%1 अनुत्तरित</translation>
    </message>
    <message>
        <source>The store could not be read (%1): each state change shows only its class.</source>
        <translation>स्टोर पढ़ा नहीं जा सका (%1): हर स्थिति परिवर्तन केवल अपना वर्ग दिखाता है।</translation>
    </message>
    <message>
        <source>The store holds no events of this case: each state change shows only its class.</source>
        <translation>स्टोर में इस केस की कोई घटना नहीं है: हर स्थिति परिवर्तन केवल अपना वर्ग दिखाता है।</translation>
    </message>
    <message>
        <source>The store has events of this case that the loaded data has not: reload the store for its SLA, survey and facts.</source>
        <translation>स्टोर में इस केस की ऐसी घटनाएँ हैं जो लोड किए गए डेटा में नहीं हैं: SLA, सर्वे और विवरण के लिए स्टोर फिर से लोड करें।</translation>
    </message>
    <message>
        <source>closed %1 after the due moment</source>
        <translation>नियत समय के %1 बाद बंद हुआ</translation>
    </message>
    <message>
        <source>open, %1 overdue at T</source>
        <translation>खुला, T पर %1 अतिदेय</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>opened %1 · closed %2</source>
        <translation>खुले %1 · बंद %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>Total cases</source>
        <translation>कुल मामले</translation>
    </message>
    <message>
        <source>cases.total: cases that exist at T (created ≤ T).</source>
        <translation>cases.total: वे मामले जो T पर मौजूद हैं (created ≤ T)।</translation>
    </message>
    <message>
        <source>Backlog (open)</source>
        <translation>बैकलॉग (खुले)</translation>
    </message>
    <message>
        <source>cases.open: existing cases open at T — the status of their latest event with time ≤ T is open-class, or they have no event ≤ T yet.</source>
        <translation>cases.open: T पर खुले मौजूदा मामले — समय ≤ T वाली उनकी अंतिम घटना की स्थिति खुली श्रेणी की है, या उनकी अभी ≤ T कोई घटना नहीं है।</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>cases.closed: existing cases whose latest event with time ≤ T has a closed-class status.</source>
        <translation>cases.closed: मौजूदा मामले जिनकी समय ≤ T वाली अंतिम घटना की स्थिति बंद श्रेणी की है।</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला घंटा</translation>
    </message>
    <message>
        <source>Rolling window (T − 1 h, T]. opened: cases created in the window; closed: cases closed at T whose closing time is in the window.</source>
        <translation>चलती अवधि (T − 1 घंटा, T]। खुले: इस अवधि में बने मामले; बंद: T पर बंद मामले जिनका बंद होने का समय इस अवधि में है।</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Calendar window [00:00:00 of T&apos;s date, T]. opened: cases created in it; closed: cases closed at T whose closing time is in it.</source>
        <translation>कैलेंडर अवधि [T की तारीख का 00:00:00, T]। खुले: इसमें बने मामले; बंद: T पर बंद मामले जिनका बंद होने का समय इसमें है।</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस सप्ताह</translation>
    </message>
    <message>
        <source>Calendar window from 00:00:00 of the first day of T&apos;s fiscal week (weeks start on Saturday; ISO week without a calendar) to T. opened / closed as for the other windows.</source>
        <translation>T के वित्तीय सप्ताह के पहले दिन के 00:00:00 से T तक की कैलेंडर अवधि (सप्ताह शनिवार से शुरू; कैलेंडर के बिना ISO सप्ताह)। खुले / बंद अन्य अवधियों की तरह।</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Calendar window from 00:00:00 of the first day of T&apos;s fiscal month (civil month without a calendar) to T. opened / closed as for the other windows.</source>
        <translation>T के वित्तीय महीने के पहले दिन के 00:00:00 से T तक की कैलेंडर अवधि (कैलेंडर के बिना सामान्य महीना)। खुले / बंद अन्य अवधियों की तरह।</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>सर्वेक्षण</translation>
    </message>
    <message>
        <source>surveys.total: each case&apos;s first survey (earliest survey_timestamp ≤ T; ties: the smaller survey_id as text). Surveys of unknown or open cases count.</source>
        <translation>surveys.total: हर मामले का पहला सर्वेक्षण (सबसे पहला survey_timestamp ≤ T; बराबरी पर: पाठ के रूप में छोटा survey_id)। अज्ञात या खुले मामलों के सर्वेक्षण भी गिने जाते हैं।</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>csat_pct = 100 × positive / (positive + neutral + negative), over first surveys; a survey&apos;s sentiment is the class of its answer to the overall question (Q1 by default).</source>
        <translation>csat_pct = 100 × सकारात्मक / (सकारात्मक + तटस्थ + नकारात्मक), पहले सर्वेक्षणों पर; सर्वेक्षण की भावना समग्र प्रश्न (डिफ़ॉल्ट Q1) के उत्तर का वर्ग है।</translation>
    </message>
    <message>
        <source>Positive / negative</source>
        <translation>सकारात्मक / नकारात्मक</translation>
    </message>
    <message>
        <source>First surveys whose overall answer is in the question&apos;s positive band / negative band (negative, then neutral, then positive: the first band holding the value wins).</source>
        <translation>वे पहले सर्वेक्षण जिनका समग्र उत्तर प्रश्न के सकारात्मक / नकारात्मक दायरे में है (पहले नकारात्मक, फिर तटस्थ, फिर सकारात्मक: मान वाला पहला दायरा मान्य)।</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA अनुपालन</translation>
    </message>
    <message>
        <source>compliance_pct = 100 × met / (met + breached closed). Met: closed within the SLA (closed_at − created ≤ SLA hours × 3600 s). Cases without an SLA are in no SLA count.</source>
        <translation>compliance_pct = 100 × पूरे / (पूरे + उल्लंघित बंद)। पूरा: SLA के भीतर बंद (closed_at − created ≤ SLA घंटे × 3600 सेकंड)। बिना SLA के मामले किसी SLA गिनती में नहीं हैं।</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघित</translation>
    </message>
    <message>
        <source>Breached at T: closed with closed_at − created &gt; SLA, or open with T − created &gt; SLA.</source>
        <translation>T पर उल्लंघित: बंद और closed_at − created &gt; SLA, या खुला और T − created &gt; SLA।</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>At risk at T: open, not breached, and T − created ≥ the at-risk fraction (0.75 by default) × SLA.</source>
        <translation>T पर जोखिम में: खुला, उल्लंघित नहीं, और T − created ≥ जोखिम अंश (डिफ़ॉल्ट 0.75) × SLA।</translation>
    </message>
    <message>
        <source>Met the SLA</source>
        <translation>SLA पूरा</translation>
    </message>
    <message>
        <source>Met: closed at T within the SLA (closed_at − created ≤ SLA hours × 3600 s).</source>
        <translation>पूरा: T पर SLA के भीतर बंद (closed_at − created ≤ SLA घंटे × 3600 सेकंड)।</translation>
    </message>
    <message>
        <source>Resolution time (24 h)</source>
        <translation>समाधान समय (24 घंटे)</translation>
    </message>
    <message>
        <source>For cases closed at T with closed_at in (T − 24 h, T]: the nearest-rank median of closed_at − created; the caption gives the mean and the 90th percentile.</source>
        <translation>T पर बंद वे मामले जिनका closed_at (T − 24 घंटे, T] में है: closed_at − created का निकटतम-रैंक माध्यिका; नीचे की पंक्ति में औसत और 90वाँ प्रतिशतक।</translation>
    </message>
    <message>
        <source>with an SLA: %1</source>
        <translation>SLA वाले: %1</translation>
    </message>
    <message>
        <source>open at T</source>
        <translation>T पर खुले</translation>
    </message>
    <message>
        <source>closed at T</source>
        <translation>T पर बंद</translation>
    </message>
    <message>
        <source>neutral %1</source>
        <translation>तटस्थ %1</translation>
    </message>
    <message>
        <source>of %1 rated surveys</source>
        <translation>%1 मूल्यांकित सर्वेक्षणों में से</translation>
    </message>
    <message>
        <source>positive / negative</source>
        <translation>सकारात्मक / नकारात्मक</translation>
    </message>
    <message>
        <source>met %1 · breached closed %2</source>
        <translation>पूरे %1 · उल्लंघित बंद %2</translation>
    </message>
    <message>
        <source>open %1 · closed %2</source>
        <translation>खुले %1 · बंद %2</translation>
    </message>
    <message>
        <source>open, nearing the SLA</source>
        <translation>खुले, SLA के निकट</translation>
    </message>
    <message>
        <source>of %1 cases with an SLA</source>
        <translation>SLA वाले %1 मामलों में से</translation>
    </message>
    <message>
        <source>mean %1 · p90 %2</source>
        <translation>औसत %1 · p90 %2</translation>
    </message>
</context>
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
    <message>
        <source>Follow a live source for this session (repeatable): file:PATH, dir:PATH or tcp:HOST:PORT.</source>
        <translation>इस सत्र के लिए एक लाइव स्रोत का अनुसरण करें (दोहराया जा सकता है): file:पथ, dir:पथ या tcp:होस्ट:पोर्ट।</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>carepulse: --tail %1: %2</source>
        <translation>carepulse: --tail %1: %2</translation>
    </message>
    <message>
        <source>Show this case on the case page (implies --page case).</source>
        <translation>इस केस को केस पेज पर दिखाएँ (--page case मान लिया जाता है)।</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Print how long the dashboard took to show its first tiles, then exit (for benchmarks).</source>
        <translation>डैशबोर्ड को अपनी पहली टाइलें दिखाने में कितना समय लगा, यह छापें, फिर बाहर निकलें (बेंचमार्क के लिए)।</translation>
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
    <name>RecordedEventText</name>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>call centre</source>
        <translation>कॉल सेंटर</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
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
        <translation>कोई बदलाव नहीं</translation>
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
    <name>carepulse::ui::ArrivalsHeatmap</name>
    <message>
        <source>%1 %2:00–%2:59: %3 cases created</source>
        <translation>%1 %2:00–%2:59: %3 मामले बने</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CaseEventsReader</name>
    <message>
        <source>no store is open</source>
        <translation>कोई स्टोर खुला नहीं है</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CasePage</name>
    <message>
        <source>No case %1 in the store</source>
        <translation>स्टोर में मामला %1 नहीं है</translation>
    </message>
    <message>
        <source>Case %1 as of %2</source>
        <translation>मामला %1, %2 तक</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>मामला संख्या:</translation>
    </message>
    <message>
        <source>Type a case number and press Enter</source>
        <translation>मामला संख्या लिखें और Enter दबाएँ</translation>
    </message>
    <message>
        <source>Double-click a case on the SLA page, or type its number.</source>
        <translation>SLA पृष्ठ पर किसी मामले पर डबल-क्लिक करें, या उसकी संख्या लिखें।</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::CaseTableModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघित</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>कोई SLA नहीं</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (घंटे)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>नियत</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>बंद होने का समय</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>बीता समय</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>Time to breach</source>
        <translation>उल्लंघन तक समय</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>कॉल सेंटर</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>उप-श्रेणी</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DashboardPage</name>
    <message>
        <source>Click to list these cases.</source>
        <translation>इन मामलों की सूची के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>Cases by priority and severity</source>
        <translation>प्राथमिकता और गंभीरता के अनुसार मामले</translation>
    </message>
    <message>
        <source>No cases yet as of this moment. Import files and folders on the Data page (Ctrl+5), follow a live source on the Live page (Ctrl+6), or use carepulse-cli import.</source>
        <translation>इस क्षण तक अभी कोई मामला नहीं है। डेटा पृष्ठ (Ctrl+5) पर फ़ाइलें और फ़ोल्डर आयात करें, लाइव पृष्ठ (Ctrl+6) पर किसी लाइव स्रोत का अनुसरण करें, या carepulse-cli import का उपयोग करें।</translation>
    </message>
    <message>
        <source>Filtered: the tiles count only the cases that match the global filters, and their surveys.</source>
        <translation>फ़िल्टर किया गया: टाइलें केवल उन मामलों और उनके सर्वेक्षणों को गिनती हैं जो वैश्विक फ़िल्टरों से मेल खाते हैं।</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DataPage</name>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 · %4 records</source>
        <translation>फ़ाइल %1 / %2: %3 · %4 रिकॉर्ड</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 records loaded, %2 quarantined.</source>
        <translation>
            <numerusform>%n फ़ाइल आयात हुई: %1 रिकॉर्ड लोड, %2 क्वारंटीन में।</numerusform>
            <numerusform>%n फ़ाइलें आयात हुईं: %1 रिकॉर्ड लोड, %2 क्वारंटीन में।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the file in progress was rolled back. </source>
        <translation>आयात रद्द; चल रही फ़ाइल वापस ले ली गई। </translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <source>Data files (*.txt *.tsv *.csv *.json *.jsonl);;All files (*)</source>
        <translation>डेटा फ़ाइलें (*.txt *.tsv *.csv *.json *.jsonl);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>फ़ाइलें आयात करें…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>…or drop files and folders here.</source>
        <translation>…या फ़ाइलें और फ़ोल्डर यहाँ छोड़ें।</translation>
    </message>
    <message>
        <source>Store contents</source>
        <translation>स्टोर की सामग्री</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>क्वारंटीन (%1)</translation>
    </message>
    <message>
        <source>Data quality (%1)</source>
        <translation>डेटा गुणवत्ता (%1)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::DataQualityModel</name>
    <message>
        <source>Unknown call centre</source>
        <translation>अज्ञात कॉल सेंटर</translation>
    </message>
    <message>
        <source>Unknown category pair (no priority, no SLA)</source>
        <translation>अज्ञात श्रेणी जोड़ी (कोई प्राथमिकता नहीं, कोई SLA नहीं)</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>अज्ञात देश</translation>
    </message>
    <message>
        <source>Unknown employee</source>
        <translation>अज्ञात कर्मचारी</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>अज्ञात उत्पाद</translation>
    </message>
    <message>
        <source>Missing value</source>
        <translation>मान अनुपस्थित</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::FilterBar</name>
    <message>
        <source>Centre</source>
        <translation>सेंटर</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: सभी</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 चुने</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>इस क्षण तक:</translation>
    </message>
    <message>
        <source>Data clock (newest event)</source>
        <translation>डेटा घड़ी (नवीनतम घटना)</translation>
    </message>
    <message>
        <source>System clock</source>
        <translation>सिस्टम घड़ी</translation>
    </message>
    <message>
        <source>Chosen moment</source>
        <translation>चुना हुआ क्षण</translation>
    </message>
    <message>
        <source>Drag to replay the past, hour by hour.</source>
        <translation>अतीत को घंटे-दर-घंटे दोबारा देखने के लिए खींचें।</translation>
    </message>
    <message>
        <source>The moment T every figure is computed as of.</source>
        <translation>वह क्षण T जिस तक हर आँकड़ा गिना जाता है।</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::GroupTableModel</name>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>कॉल सेंटर</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>प्रबंधक</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>उप-श्रेणी</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघित</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>अनुपालन</translation>
    </message>
    <message>
        <source>Median overdue</source>
        <translation>माध्यिका विलंब</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::IssuesModel</name>
    <message>
        <source>Data quality</source>
        <translation>डेटा गुणवत्ता</translation>
    </message>
    <message>
        <source>Live source</source>
        <translation>लाइव स्रोत</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>स्टोर</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>About</source>
        <translation>किसके बारे में</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>समस्या</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::IssuesPanel</name>
    <message>
        <source>Live ingestion</source>
        <translation>लाइव अंतर्ग्रहण</translation>
    </message>
    <message>
        <source>%1 value(s) that the dimension does not know, named by %2 case(s); they count as &quot;Unknown&quot; (details on the Data page).</source>
        <translation>%1 मान जिन्हें आयाम नहीं जानता, %2 मामलों में प्रयुक्त; इन्हें &quot;अज्ञात&quot; गिना जाता है (विवरण डेटा पृष्ठ पर)।</translation>
    </message>
    <message>
        <source>%1 bad record(s) quarantined (reasons on the Data page).</source>
        <translation>%1 खराब रिकॉर्ड क्वारंटीन में (कारण डेटा पृष्ठ पर)।</translation>
    </message>
    <message>
        <source>%1 client(s) cut off; the last: %2</source>
        <translation>%1 क्लाइंट काटे गए; अंतिम: %2</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>समस्याएँ</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LivePage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>रोकें(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Follow a &amp;file…</source>
        <translation>फ़ाइल का अनुसरण करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Follow a growing file of JSON Lines or JSON arrays, through rotation and truncation.</source>
        <translation>JSON Lines या JSON arrays की बढ़ती फ़ाइल का अनुसरण करें, रोटेशन और छँटाई के बावजूद।</translation>
    </message>
    <message>
        <source>Watch a f&amp;older…</source>
        <translation>फ़ोल्डर पर नज़र रखें(&amp;O)…</translation>
    </message>
    <message>
        <source>Apply every case_data_&lt;epoch&gt;.json and survey_data_&lt;epoch&gt;.json file that appears, once, in order.</source>
        <translation>दिखने वाली हर case_data_&lt;epoch&gt;.json और survey_data_&lt;epoch&gt;.json फ़ाइल को क्रम से, एक बार लागू करें।</translation>
    </message>
    <message>
        <source>&amp;Listen on TCP…</source>
        <translation>TCP पर सुनें(&amp;L)…</translation>
    </message>
    <message>
        <source>Accept newline-delimited JSON from any number of clients.</source>
        <translation>कितने भी क्लाइंट से नई-पंक्ति से अलग JSON स्वीकार करें।</translation>
    </message>
    <message>
        <source>Events that arrive while CarePulse runs are written to the store with each source&apos;s position, so nothing is lost or counted twice across restarts. To try it, start the simulator and follow its file:
  carepulse-cli simulate stream --to file:/tmp/stream.jsonl --rate 200</source>
        <translation>CarePulse चलते समय आने वाली घटनाएँ हर स्रोत की स्थिति के साथ स्टोर में लिखी जाती हैं, ताकि पुनः आरंभ पर कुछ न खोए और कुछ दो बार न गिना जाए। आज़माने के लिए सिम्युलेटर शुरू करें और उसकी फ़ाइल का अनुसरण करें:
  carepulse-cli simulate stream --to file:/tmp/stream.jsonl --rate 200</translation>
    </message>
    <message>
        <source>Cannot add the source</source>
        <translation>स्रोत नहीं जोड़ा जा सका</translation>
    </message>
    <message>
        <source>Follow a file (it may not exist yet)</source>
        <translation>किसी फ़ाइल का अनुसरण करें (वह अभी न भी हो)</translation>
    </message>
    <message>
        <source>JSON Lines or arrays (*.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>JSON Lines या arrays (*.jsonl *.json *.ndjson);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Watch a folder</source>
        <translation>फ़ोल्डर पर नज़र रखें</translation>
    </message>
    <message>
        <source>Listen on TCP</source>
        <translation>TCP पर सुनें</translation>
    </message>
    <message>
        <source>Address and port to listen on (HOST:PORT; 127.0.0.1 keeps it to this machine):</source>
        <translation>सुनने का पता और पोर्ट (HOST:PORT; 127.0.0.1 इसे इसी मशीन तक रखता है):</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>फिर से शुरू करें(&amp;U)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LiveService</name>
    <message>
        <source>%1 is already a live source.</source>
        <translation>%1 पहले से एक लाइव स्रोत है।</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::LiveSourcesModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>घटनाएँ/सेकंड</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>लागू</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>क्वारंटीन में</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>नवीनतम घटना</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>काटे गए</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>गतिविधि</translation>
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
    <message>
        <source>Exported %1</source>
        <translation>%1 निर्यात हुआ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>रुझान</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>फ़िल्टर(&amp;F)</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>स्टोर: %1</translation>
    </message>
    <message>
        <source>%1 cases in the books</source>
        <translation>बही में %1 मामले</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 लोड नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>मामले: %1</translation>
    </message>
    <message>
        <source>data clock</source>
        <translation>डेटा घड़ी</translation>
    </message>
    <message>
        <source>system clock</source>
        <translation>सिस्टम घड़ी</translation>
    </message>
    <message>
        <source>chosen moment</source>
        <translation>चुना हुआ क्षण</translation>
    </message>
    <message>
        <source>As of %1 (%2)</source>
        <translation>%1 तक (%2)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Live: %1 events/s</source>
        <translation>लाइव: %1 घटनाएँ/सेकंड</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n समस्या</numerusform>
            <numerusform>%n समस्याएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the issues panel (Ctrl+I)</source>
        <translation>समस्या पैनल दिखाएँ (Ctrl+I)</translation>
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
    <name>carepulse::ui::PasswordDialog</name>
    <message>
        <source>&amp;Save password</source>
        <translation>पासवर्ड सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>सर्वर पासवर्ड</translation>
    </message>
    <message>
        <source>The server refused %1:
%2</source>
        <translation>सर्वर ने %1 को अस्वीकार किया:
%2</translation>
    </message>
    <message>
        <source>Keeps the password in CarePulse&apos;s settings file, readable by anyone who can read your files. Leave it off to be asked again next time.</source>
        <translation>पासवर्ड को CarePulse की सेटिंग्स फ़ाइल में रखता है, जिसे आपकी फ़ाइलें पढ़ सकने वाला कोई भी पढ़ सकता है। अगली बार फिर पूछे जाने के लिए इसे बंद रखें।</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::PriorityTableModel</name>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (घंटे)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::QuarantineModel</name>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>बाइट ऑफ़सेट</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::ReportTableView</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> मि.से.</translation>
    </message>
    <message>
        <source>Statuses that close a case, comma-separated (compared without regard to case). Every other status is open. Changing them reloads the books.</source>
        <translation>वे स्थितियाँ जो मामले को बंद करती हैं, अल्पविराम से अलग (अक्षरों के छोटे-बड़े होने की परवाह किए बिना)। बाकी हर स्थिति खुली है। इन्हें बदलने पर बही फिर से लोड होती है।</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>The survey question whose answer gives a survey&apos;s sentiment (CSAT).</source>
        <translation>वह सर्वेक्षण प्रश्न जिसका उत्तर सर्वेक्षण की भावना (CSAT) देता है।</translation>
    </message>
    <message>
        <source>An open case is at risk once this fraction of its SLA has elapsed.</source>
        <translation>खुला मामला तब जोखिम में है जब उसके SLA का यह अंश बीत चुका हो।</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Refresh interval:</source>
        <translation>ताज़ा करने का अंतराल:</translation>
    </message>
    <message>
        <source>Closed statuses:</source>
        <translation>बंद स्थितियाँ:</translation>
    </message>
    <message>
        <source>Sentiment question:</source>
        <translation>भावना प्रश्न:</translation>
    </message>
    <message>
        <source>At-risk fraction of the SLA:</source>
        <translation>SLA का जोखिम अंश:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>भाषा:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>स्टोर:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>स्टोर</translation>
    </message>
    <message>
        <source>CarePulse stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>CarePulse स्टोर (*.db *.sqlite *.sqlite3);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::SlaPage</name>
    <message>
        <source>All: %1</source>
        <translation>सभी: %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) as of %1</source>
        <translation>
            <numerusform>%n मामला, %1 तक</numerusform>
            <numerusform>%n मामले, %1 तक</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n समूह</numerusform>
            <numerusform>%n समूह</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre › manager › agent</source>
        <translation>सेंटर › प्रबंधक › एजेंट</translation>
    </message>
    <message>
        <source>Category › sub-category</source>
        <translation>श्रेणी › उप-श्रेणी</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघित</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>Breached or at risk</source>
        <translation>उल्लंघित या जोखिम में</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>सभी मामले</translation>
    </message>
    <message>
        <source>Search cases, agents, managers, centres… (Ctrl+F)</source>
        <translation>मामले, एजेंट, प्रबंधक, सेंटर खोजें… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>मामले दिखाएँ</translation>
    </message>
    <message>
        <source>List the cases of the current group, with the chosen state.</source>
        <translation>चुनी गई स्थिति के साथ मौजूदा समूह के मामलों की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Which cases the case list shows.</source>
        <translation>मामलों की सूची कौन-से मामले दिखाती है।</translation>
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
    <name>carepulse::ui::TimelineModel</name>
    <message>
        <source>%1 (after T)</source>
        <translation>%1 (T के बाद)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>वर्ग</translation>
    </message>
</context>
<context>
    <name>carepulse::ui::TrendsPage</name>
    <message>
        <source>Opened</source>
        <translation>खुले</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>खुले मामले</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>SLA compliance %</source>
        <translation>SLA अनुपालन %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ending %1</source>
        <translation>
            <numerusform>%1 पर समाप्त %n दिन</numerusform>
            <numerusform>%1 पर समाप्त %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Save PNG</source>
        <translation>PNG सहेजें</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG चित्र (*.png);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Opened and closed per hour</source>
        <translation>प्रति घंटे खुले और बंद</translation>
    </message>
    <message>
        <source>Opened and closed per day</source>
        <translation>प्रति दिन खुले और बंद</translation>
    </message>
    <message>
        <source>Backlog (open cases) per hour</source>
        <translation>प्रति घंटे बैकलॉग (खुले मामले)</translation>
    </message>
    <message>
        <source>CSAT per day</source>
        <translation>प्रति दिन CSAT</translation>
    </message>
    <message>
        <source>SLA compliance per day</source>
        <translation>प्रति दिन SLA अनुपालन</translation>
    </message>
    <message>
        <source>Arrivals by hour of day and weekday</source>
        <translation>दिन के घंटे और सप्ताह के दिन के अनुसार आगमन</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG सहेजें…</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>दिन:</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>waiting for %1 to appear</source>
        <translation>%1 के दिखने की प्रतीक्षा</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>%1 का अनुसरण</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 नहीं पढ़ा जा सका: %2</translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from the top</source>
        <translation>%1 छोटा कर दिया गया; शुरू से फिर पढ़ रहे हैं</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>%1 पर नज़र</translation>
    </message>
    <message>
        <source>waiting for the folder %1 to appear</source>
        <translation>फ़ोल्डर %1 के दिखने की प्रतीक्षा</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 पढ़ रहे हैं</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2; retrying</source>
        <translation>स्टोर %1 में नहीं लिखा जा सका: %2; फिर कोशिश</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>शुरू हो रहा है</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (e.g. tcp:127.0.0.1:5140)</source>
        <translation>&apos;%1&apos; HOST:PORT नहीं है (जैसे tcp:127.0.0.1:5140)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source: use file:PATH, dir:PATH or tcp:HOST:PORT</source>
        <translation>&apos;%1&apos; कोई स्रोत नहीं है: file:PATH, dir:PATH या tcp:HOST:PORT का उपयोग करें</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 पर नहीं सुन सकते: %3</translation>
    </message>
    <message>
        <source>listening on %1:%2</source>
        <translation>%1:%2 पर सुन रहे हैं</translation>
    </message>
    <message>
        <source>refused %1: already %2 clients connected</source>
        <translation>%1 अस्वीकृत: पहले से %2 क्लाइंट जुड़े हैं</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>%1 बाइट से लंबी पंक्ति</translation>
    </message>
    <message>
        <source>binary data instead of JSON lines</source>
        <translation>JSON पंक्तियों के बजाय बाइनरी डेटा</translation>
    </message>
    <message>
        <source>cut off %1: %2</source>
        <translation>%1 काटा गया: %2</translation>
    </message>
    <message>
        <source>a line still unfinished after %1 s</source>
        <translation>%1 सेकंड बाद भी अधूरी पंक्ति</translation>
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
    <message>
        <source>%1 is not a seed-cases file like 000000_0 (comma-separated case_no, created_employee_key, call_center_id, status, category, sub_category, communication_mode, country_cd, product_code; no header)</source>
        <translation>%1, 000000_0 जैसी seed-cases फ़ाइल नहीं है (अल्पविराम से अलग case_no, created_employee_key, call_center_id, status, category, sub_category, communication_mode, country_cd, product_code; कोई हेडर नहीं)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1: too big for a seed-cases file (%2 bytes)</source>
        <translation>%1: seed-cases फ़ाइल के लिए बहुत बड़ी (%2 बाइट)</translation>
    </message>
    <message>
        <source>--to %1: a path is missing after &apos;%2:&apos;</source>
        <translation>--to %1: &apos;%2:&apos; के बाद पथ नहीं है</translation>
    </message>
    <message>
        <source>--to %1: expected tcp:HOST:PORT with a port from 1 to 65535</source>
        <translation>--to %1: 1 से 65535 तक के पोर्ट के साथ tcp:HOST:PORT अपेक्षित</translation>
    </message>
    <message>
        <source>--to %1: expected file:PATH, dir:PATH or tcp:HOST:PORT</source>
        <translation>--to %1: file:PATH, dir:PATH या tcp:HOST:PORT अपेक्षित</translation>
    </message>
    <message>
        <source>cannot open %1 for appending: %2</source>
        <translation>%1 जोड़ने के लिए नहीं खुल सका: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 का नाम %2 नहीं बदला जा सका</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>%1 से जुड़ा</translation>
    </message>
    <message>
        <source>connection to %1 lost (%2); reconnecting in %3 s</source>
        <translation>%1 से संबंध टूटा (%2); %3 सेकंड में फिर जुड़ रहे हैं</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2); retrying in %3 s</source>
        <translation>%1 से नहीं जुड़ सके (%2); %3 सेकंड में फिर कोशिश</translation>
    </message>
    <message>
        <source>%1 bytes could not be delivered to %2 (or only perhaps, before a connection dropped)</source>
        <translation>%1 बाइट %2 तक नहीं पहुँच सके (या शायद ही, संबंध टूटने से पहले)</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>%1 की प्रतीक्षा</translation>
    </message>
</context>
</TS>
