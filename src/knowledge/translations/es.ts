/**
 * Spanish for every person-facing text of the knowledge base, keyed by the English source text
 * (gettext style): a change to the English shows as a missing entry in translations.test.ts rather
 * than as a stale translation. Data only. Plain Spanish ("usted"), medical terms in brackets.
 * Not yet reviewed by a clinician; the pages that show it say so.
 */
export const ES: Readonly<Record<string, string>> = {
  'How old are you?': '¿Cuántos años tiene?',
  'Some causes are more common at some ages. A narrow spine canal, for example, is more common after 60.':
    'Algunas causas son más comunes a ciertas edades. Un canal de la columna estrecho, por ejemplo, es más común después de los 60.',
  Age: 'Edad',
  'What is your sex?': '¿Cuál es su sexo?',
  'Some causes are more common in men, and some in women.':
    'Algunas causas son más comunes en los hombres, y otras en las mujeres.',
  Sex: 'Sexo',
  'I am female': 'Soy mujer',
  'I am male': 'Soy hombre',
  'Neither of these': 'Ninguno de los dos',
  'For how many weeks has walking caused this pain?':
    '¿Desde hace cuántas semanas le causa este dolor caminar?',
  'New pain often gets better on its own. Pain that has lasted for months points to other causes.':
    'El dolor nuevo suele mejorar solo. El dolor que dura meses apunta a otras causas.',
  'Weeks that walking has hurt': 'Semanas que caminar le ha dolido',
  'How bad is the pain at its worst when you walk (0 is no pain, 10 is the worst you can imagine)?':
    '¿Cuánto duele, en el peor momento, al caminar (0 es nada de dolor, 10 es el peor que pueda imaginar)?',
  'This shows how much the pain affects you. It also helps us judge how soon you should be seen.':
    'Esto muestra cuánto le afecta el dolor. También nos ayuda a ver cuándo debe verle un médico.',
  'Worst pain when walking': 'Peor dolor al caminar',
  'Did the pain start all at once, rather than build up slowly?':
    '¿Empezó el dolor de golpe, y no poco a poco?',
  'A sudden start fits a strain or an injury. A slow start fits wear, tear or stiff joints.':
    'Un comienzo de golpe encaja con un tirón o una lesión. Un comienzo lento encaja con desgaste o articulaciones rígidas.',
  'Pain started suddenly': 'El dolor empezó de golpe',
  'Have you lately walked more, further or faster? Or did you start to walk again after a long break?':
    '¿Ha caminado hace poco más, más lejos o más rápido? ¿O volvió a caminar tras mucho tiempo sin hacerlo?',
  'Muscles asked to do more than they are used to can get tired and sore.':
    'Los músculos a los que se pide más de lo que están acostumbrados se pueden cansar y doler.',
  'Walking more than usual lately': 'Camina más de lo normal últimamente',
  'Do you sit most of the day and get little exercise?':
    '¿Pasa sentado casi todo el día y hace poco ejercicio?',
  'Muscles that are out of shape tire fast. Then the back can ache when you walk.':
    'Los músculos en baja forma se cansan rápido. Entonces la espalda puede doler al caminar.',
  'Mostly inactive': 'Casi sin actividad',
  'Do you smoke, or did you smoke for many years?': '¿Fuma, o fumó durante muchos años?',
  'Smoking can narrow the blood vessels in the legs. That can make the legs hurt when you walk.':
    'Fumar puede estrechar los vasos de sangre de las piernas. Eso puede hacer que las piernas duelan al caminar.',
  'Smokes or smoked for years': 'Fuma o fumó durante años',
  'Do you have diabetes?': '¿Tiene diabetes?',
  'Diabetes can narrow the blood vessels in the legs and harm the nerves. It also makes some rare causes more likely.':
    'La diabetes puede estrechar los vasos de sangre de las piernas y dañar los nervios. También hace más probables algunas causas raras.',
  Diabetes: 'Diabetes',
  'Have you had heart disease, a stroke, or narrowed arteries in your legs?':
    '¿Ha tenido una enfermedad del corazón, un ictus o arterias estrechas en las piernas?',
  'These mean blood vessels may be narrowed elsewhere too. Poor blood flow to the legs can make walking hurt.':
    'Esto quiere decir que los vasos de sangre pueden estar estrechos también en otras partes. Si llega poca sangre a las piernas, caminar puede doler.',
  'Heart disease, stroke or narrowed leg arteries':
    'Enfermedad del corazón, ictus o arterias de las piernas estrechas',
  'Where in your lower back is the pain?': '¿En qué parte de la zona lumbar le duele?',
  'Where it hurts helps tell joint, muscle and nerve causes apart.':
    'El sitio del dolor ayuda a distinguir causas de las articulaciones, de los músculos y de los nervios.',
  'Where in the lower back it hurts': 'En qué parte de la zona lumbar duele',
  'In the middle': 'En el centro',
  'Mostly on one side': 'Sobre todo en un lado',
  'On both sides': 'En los dos lados',
  'Does pain, heaviness, or pins and needles spread into your legs?':
    '¿El dolor, el peso o el hormigueo se extiende a las piernas?',
  'Leg symptoms help tell nerve, blood flow and back causes apart. Both legs at once is a clue too.':
    'Las molestias en las piernas ayudan a distinguir causas de los nervios, de la circulación y de la espalda. Que sean las dos piernas a la vez también es una pista.',
  'Pain or tingling spreading into the legs': 'Dolor u hormigueo que baja a las piernas',
  'No, just my back': 'No, solo la espalda',
  'Yes, into one leg': 'Sí, a una pierna',
  'Yes, into both legs': 'Sí, a las dos piernas',
  'Do these leg feelings reach below your knee?':
    '¿Estas molestias de la pierna llegan por debajo de la rodilla?',
  'Pain below the knee often comes from a pinched nerve in the back (sciatica).':
    'El dolor por debajo de la rodilla suele venir de un nervio pinzado en la espalda (ciática).',
  'Leg symptoms below the knee': 'Molestias en la pierna por debajo de la rodilla',
  'Do you get a cramp or ache in your calf when you walk?':
    '¿Tiene un calambre o dolor en la pantorrilla al caminar?',
  'A calf cramp that comes with walking can be a sign of poor blood flow to the legs, not a back problem.':
    'Un calambre en la pantorrilla que aparece al caminar puede ser una señal de que llega poca sangre a las piernas, no un problema de espalda.',
  'Calf cramp when walking': 'Calambre en la pantorrilla al caminar',
  'When you walk, do you get a cramp or ache in your buttock, hip or thigh? Does it go when you stand still?':
    'Al caminar, ¿tiene un calambre o dolor en la nalga, la cadera o el muslo? ¿Se le pasa al quedarse quieto de pie?',
  'Narrow arteries higher up the leg can cause a cramp in the buttock or thigh, not the calf. It goes when you stop.':
    'Las arterias estrechas más arriba en la pierna pueden causar un calambre en la nalga o el muslo, no en la pantorrilla. Se pasa al parar.',
  'Buttock, hip or thigh cramp on walking, gone on standing still':
    'Calambre en nalga, cadera o muslo al caminar, que se pasa al estar quieto',
  'How many minutes can you walk before pain or leg symptoms make you stop (0 if you must stop at once)?':
    '¿Cuántos minutos puede caminar antes de que el dolor o las molestias en las piernas le hagan parar (0 si tiene que parar enseguida)?',
  'This shows how much the pain limits you. Your walking plan starts from it, and your doctor will want to know it.':
    'Esto muestra cuánto le limita el dolor. Su plan de paseos parte de aquí, y su médico querrá saberlo.',
  'Minutes of walking before having to stop': 'Minutos caminando antes de tener que parar',
  'Does sitting down ease it within a few minutes?': '¿Se le alivia al sentarse, en pocos minutos?',
  'Relief from sitting is typical when the nerves in the spine have too little room (spinal stenosis).':
    'El alivio al sentarse es típico cuando los nervios de la columna tienen poco sitio (estenosis de canal lumbar).',
  'Sitting down eases it': 'Sentarse lo alivia',
  'Does leaning forward, such as on a shopping trolley or a walker, ease it?':
    '¿Se le alivia al inclinarse hacia delante, por ejemplo sobre un carrito de la compra o un andador?',
  'Leaning forward gives the nerves in the spine more room. Relief this way points to the spine (spinal stenosis).':
    'Inclinarse hacia delante da más sitio a los nervios de la columna. Si así se alivia, apunta a la columna (estenosis de canal lumbar).',
  'Leaning forward eases it': 'Inclinarse hacia delante lo alivia',
  'If you stop and just stand still, does it ease within a few minutes, without sitting?':
    'Si para y se queda quieto de pie, ¿se le alivia en pocos minutos, sin sentarse?',
  'Pain that goes when you simply stop fits poor blood flow. Nerve pain from the spine often needs you to sit or bend.':
    'El dolor que se pasa con solo parar encaja con que llega poca sangre. El dolor de los nervios de la columna suele necesitar que se siente o se incline.',
  'Standing still eases it': 'Quedarse quieto de pie lo alivia',
  'When you sit, is the pain gone completely?':
    'Cuando está sentado, ¿se le quita el dolor del todo?',
  'No pain at all when seated is one of the best clues that the nerves in the spine are short of room (spinal stenosis).':
    'No tener nada de dolor sentado es una de las mejores pistas de que los nervios de la columna tienen poco sitio (estenosis de canal lumbar).',
  'No pain at all when seated': 'Nada de dolor sentado',
  'Does standing still for a while bring the pain on too?':
    '¿Estar de pie quieto un rato también le trae el dolor?',
  'Pain from just standing points to the spine rather than to blood flow in the legs.':
    'El dolor solo por estar de pie apunta a la columna más que a la circulación de las piernas.',
  'Standing still brings it on': 'Estar de pie quieto lo provoca',
  'Is walking downhill worse than walking uphill?':
    '¿Caminar cuesta abajo es peor que cuesta arriba?',
  'Walking downhill arches the back. If that hurts more, the spine is a likely source.':
    'Caminar cuesta abajo arquea la espalda. Si eso duele más, la columna es una causa probable.',
  'Downhill is worse than uphill': 'Cuesta abajo es peor que cuesta arriba',
  'Does walking uphill or fast make it worse?': '¿Caminar cuesta arriba o deprisa lo empeora?',
  'Hills and a fast pace make the leg muscles need more blood. Pain from this fits poor blood flow.':
    'Las cuestas y el paso rápido hacen que los músculos de las piernas necesiten más sangre. El dolor por esto encaja con poca circulación.',
  'Uphill or fast walking is worse': 'Cuesta arriba o deprisa es peor',
  'Can you cycle, or use an exercise bike, without the same pain?':
    '¿Puede ir en bicicleta, o en bicicleta estática, sin el mismo dolor?',
  'On a bike you lean forward. That eases nerve pain from the spine, but not pain from poor blood flow.':
    'En la bicicleta va inclinado hacia delante. Eso alivia el dolor de los nervios de la columna, pero no el dolor por poca circulación.',
  'Cycling is fine': 'La bicicleta no le duele',
  'Does bending or arching backwards make it worse?':
    '¿Doblarse o arquearse hacia atrás lo empeora?',
  'Pain when you arch back can come from the small joints at the back of the spine (facet joints).':
    'El dolor al arquearse hacia atrás puede venir de las pequeñas articulaciones de la parte de atrás de la columna (articulaciones facetarias).',
  'Arching backwards makes it worse': 'Arquearse hacia atrás lo empeora',
  'Does twisting your back make it worse?': '¿Girar la espalda lo empeora?',
  'Twisting puts load on the small joints at the back of the spine (facet joints).':
    'Girar carga las pequeñas articulaciones de la parte de atrás de la columna (articulaciones facetarias).',
  'Twisting makes it worse': 'Girar lo empeora',
  'Is the pain mostly on one side, just below the belt? Is it over the dimple at the top of your buttock?':
    '¿El dolor está sobre todo en un lado, justo debajo del cinturón? ¿Está sobre el hoyuelo de arriba de la nalga?',
  'Pain at this spot can come from the joint where the spine meets the pelvis (sacroiliac joint).':
    'El dolor en este sitio puede venir de la articulación donde la columna se une a la pelvis (articulación sacroilíaca).',
  'One side, just below the belt line': 'Un lado, justo debajo del cinturón',
  'Does climbing stairs make it worse?': '¿Subir escaleras lo empeora?',
  'Stairs load one side of the pelvis at a time. That can strain the joint where the spine meets the pelvis (sacroiliac joint).':
    'Las escaleras cargan un lado de la pelvis cada vez. Eso puede forzar la articulación donde la columna se une a la pelvis (articulación sacroilíaca).',
  'Climbing stairs makes it worse': 'Subir escaleras lo empeora',
  'Does standing on one leg make it worse?': '¿Estar de pie sobre una pierna lo empeora?',
  'Standing on one leg puts all the weight through one side of the pelvis (sacroiliac joint).':
    'Estar de pie sobre una pierna pone todo el peso en un lado de la pelvis (articulación sacroilíaca).',
  'Standing on one leg makes it worse': 'Estar sobre una pierna lo empeora',
  'Do long steps make it worse?': '¿Los pasos largos lo empeoran?',
  'Long steps twist the pelvis. Pain from them can come from the joint where the spine meets the pelvis (sacroiliac joint).':
    'Los pasos largos giran la pelvis. El dolor por ellos puede venir de la articulación donde la columna se une a la pelvis (articulación sacroilíaca).',
  'Long strides make it worse': 'Los pasos largos lo empeoran',
  'Do you have pain in your groin or the front of your hip?':
    '¿Le duele la ingle o la parte de delante de la cadera?',
  'Pain in the groin often comes from the hip joint rather than the back.':
    'El dolor en la ingle suele venir de la articulación de la cadera más que de la espalda.',
  'Pain in the groin or front of the hip': 'Dolor en la ingle o delante de la cadera',
  'Is your hip so stiff that it is hard to put on socks or shoes?':
    '¿Tiene la cadera tan rígida que le cuesta ponerse los calcetines o los zapatos?',
  'A stiff, worn hip can cause pain that feels like back pain (hip arthritis).':
    'Una cadera rígida y gastada puede causar un dolor que parece de espalda (artrosis de cadera).',
  'Stiff hip: socks and shoes are hard': 'Cadera rígida: le cuesta ponerse calcetines y zapatos',
  'When you wake up, is your back stiff for more than 30 minutes?':
    'Al despertar, ¿tiene la espalda rígida más de 30 minutos?',
  'Long stiffness in the morning is one sign of back pain from inflamed joints (inflammatory back pain).':
    'La rigidez larga por la mañana es una señal de dolor de espalda por articulaciones inflamadas (dolor lumbar inflamatorio).',
  'Morning stiffness over 30 minutes': 'Rigidez por la mañana de más de 30 minutos',
  'Does your back pain get better when you move or exercise?':
    '¿Su dolor de espalda mejora al moverse o hacer ejercicio?',
  'Pain that eases as you move is one sign of back pain from inflamed joints (inflammatory back pain).':
    'El dolor que se alivia al moverse es una señal de dolor de espalda por articulaciones inflamadas (dolor lumbar inflamatorio).',
  'Moving or exercise eases it': 'Moverse o hacer ejercicio lo alivia',
  'Does your back pain stay the same or get worse when you rest?':
    '¿Su dolor de espalda sigue igual o empeora al descansar?',
  'Most back pain eases with rest. Pain that does not is one sign of back pain from inflamed joints (inflammatory back pain).':
    'La mayoría del dolor de espalda se alivia con el descanso. El que no se alivia es una señal de dolor de espalda por articulaciones inflamadas (dolor lumbar inflamatorio).',
  'Rest does not ease it': 'Descansar no lo alivia',
  'Does back pain wake you in the second half of the night?':
    '¿El dolor de espalda le despierta en la segunda mitad de la noche?',
  'Pain that wakes you late in the night is one sign of back pain from inflamed joints (inflammatory back pain).':
    'El dolor que le despierta de madrugada es una señal de dolor de espalda por articulaciones inflamadas (dolor lumbar inflamatorio).',
  'Woken by pain late in the night': 'Le despierta el dolor de madrugada',
  'Do you have buttock pain that switches from one side to the other?':
    '¿Tiene dolor en las nalgas que pasa de un lado al otro?',
  'Buttock pain that swaps sides is a sign of inflamed joints at the base of the spine (inflammatory back pain).':
    'El dolor de nalgas que cambia de lado es una señal de articulaciones inflamadas en la base de la columna (dolor lumbar inflamatorio).',
  'Buttock pain that switches sides': 'Dolor de nalgas que cambia de lado',
  'Did your back pain first start before you were 45?':
    '¿Su dolor de espalda empezó antes de los 45 años?',
  'Back pain from swollen, sore joints (inflammatory back pain) most often starts before 45.':
    'El dolor de espalda que viene de articulaciones hinchadas (dolor lumbar inflamatorio) suele empezar antes de los 45.',
  'Back pain began before age 45': 'El dolor de espalda empezó antes de los 45',
  "Have you had scaly skin patches (psoriasis), bowel swelling (Crohn's or colitis) or a red, sore eye (uveitis)? Or does a close relative have a stiff spine (ankylosing spondylitis)?":
    '¿Ha tenido manchas de piel con escamas (psoriasis), inflamación del intestino (Crohn o colitis) o un ojo rojo y dolorido (uveítis)? ¿O un familiar cercano tiene la columna rígida (espondilitis anquilosante)?',
  'These are linked to back pain from inflamed joints (inflammatory back pain), which needs its own care.':
    'Estas cosas van unidas a un dolor de espalda que viene de la inflamación (dolor lumbar inflamatorio). Ese dolor necesita su propio tratamiento.',
  'Psoriasis, bowel or eye inflammation, or a relative with a stiff spine':
    'Psoriasis, o intestino u ojo inflamado, o un familiar con la columna rígida',
  'Do painkillers like ibuprofen or naproxen (anti-inflammatory) ease your back pain a lot in a day or two? Choose "Not sure" if you have not tried them.':
    '¿Los calmantes como el ibuprofeno o el naproxeno (antiinflamatorios) le alivian mucho el dolor de espalda en uno o dos días? Elija «No lo sé» si no los ha probado.',
  'Quick, big relief from these painkillers is one sign of back pain from inflamed joints (inflammatory back pain).':
    'Si estos calmantes le alivian mucho y rápido, es una señal de dolor de espalda por inflamación (dolor lumbar inflamatorio).',
  'Anti-inflammatory painkillers ease it a lot': 'Los calmantes antiinflamatorios lo alivian mucho',
  'Does sitting for a long time make it worse?': '¿Estar sentado mucho rato lo empeora?',
  'Long sitting loads the discs between the bones of the spine. Pain from it points to the discs.':
    'Estar sentado mucho rato carga los discos entre los huesos de la columna. El dolor por esto apunta a los discos.',
  'Long sitting makes it worse': 'Estar sentado mucho rato lo empeora',
  'Does bending forward make it worse?': '¿Doblarse hacia delante lo empeora?',
  'Bending forward loads the discs but gives the nerves more room. So it helps tell disc pain from a narrow spine canal.':
    'Doblarse hacia delante carga los discos pero da más sitio a los nervios. Así ayuda a distinguir el dolor del disco de un canal de la columna estrecho.',
  'Bending forward makes it worse': 'Doblarse hacia delante lo empeora',
  'Does coughing or sneezing make it worse?': '¿Toser o estornudar lo empeora?',
  'A cough raises the pressure in the spine for a moment. Pain from it points to a disc or a nerve.':
    'La tos sube un momento la presión en la columna. El dolor por esto apunta a un disco o a un nervio.',
  'Coughing or sneezing makes it worse': 'Toser o estornudar lo empeora',
  'Are the muscles beside your spine sore or tender to touch?':
    '¿Le duelen los músculos al lado de la columna, o al tocarlos?',
  'Sore muscles fit a muscle strain or tired, weak muscles.':
    'Los músculos doloridos encajan con un tirón muscular o con músculos cansados y débiles.',
  'Sore muscles beside the spine': 'Músculos doloridos al lado de la columna',
  'Do you walk leaning forward, or with your head pushed forward?':
    '¿Camina echado hacia delante, o con la cabeza por delante?',
  'How you hold yourself changes the load on your back. Some people also lean forward because it eases nerve pain.':
    'Su postura cambia la carga sobre la espalda. Algunas personas también se inclinan hacia delante porque así se alivia el dolor de los nervios.',
  'Walks leaning forward': 'Camina inclinado hacia delante',
  'Do you limp, favour one leg, or take uneven steps?':
    '¿Cojea, carga más una pierna o da pasos desiguales?',
  'An uneven walk puts extra strain on one side of the back. A limp can also come from the hip.':
    'Una forma de caminar desigual fuerza más un lado de la espalda. La cojera también puede venir de la cadera.',
  'Limp or uneven steps': 'Cojera o pasos desiguales',
  'Are your walking shoes worn out, with flat padding or worn soles?':
    '¿Sus zapatos de caminar están gastados? ¿Tienen la suela gastada o ya no amortiguan?',
  'Worn shoes soak up less shock, so more of it reaches your back.':
    'Los zapatos gastados amortiguan menos los golpes, así que llegan más a su espalda.',
  'Worn-out walking shoes': 'Zapatos de caminar gastados',
  'Do you often walk in high heels, or in flat shoes with no arch support?':
    '¿Suele caminar con tacones, o con zapatos planos sin apoyo para el arco del pie?',
  'Shoes with little support change the way you walk. That can strain your back.':
    'Los zapatos con poco apoyo cambian su forma de caminar. Eso puede forzar la espalda.',
  'High heels or flat shoes without arch support':
    'Tacones o zapatos planos sin apoyo para el arco',
  'Do you mostly walk on concrete, pavement or roads?':
    '¿Camina sobre todo por cemento, aceras o carreteras?',
  'Hard ground sends more shock up to your back than grass or dirt paths.':
    'El suelo duro manda más golpe a la espalda que la hierba o los caminos de tierra.',
  'Walks mostly on hard surfaces': 'Camina sobre todo por suelo duro',
  'Is it new that you find it hard to pee, you leak pee, or you cannot hold your poo?':
    '¿Le cuesta orinar, se le escapa la orina o no puede aguantar las heces, y es algo nuevo?',
  'With back pain, new bladder or bowel trouble can mean the nerves at the base of the spine are pressed. A doctor must check this right away.':
    'Con dolor de espalda, un problema nuevo de vejiga o intestino puede querer decir que los nervios de la base de la columna están apretados. Un médico debe revisarlo enseguida.',
  'New bladder or bowel trouble': 'Problema nuevo de vejiga o intestino',
  'To check again: is it new that you must strain to pass urine, or your bladder does not feel empty after? Or have you wet or soiled yourself without meaning to?':
    'Para comprobarlo otra vez: ¿es nuevo que tiene que hacer fuerza para orinar, o que la vejiga no se siente vacía después? ¿O se ha mojado o manchado sin querer?',
  'This is the same question in plainer words. These changes can mean the nerves to the bladder are pressed. That needs a hospital check now.':
    'Es la misma pregunta con palabras más sencillas. Estos cambios pueden querer decir que los nervios de la vejiga están apretados. Hace falta que le revisen en el hospital ahora.',
  'New straining to pass urine, or wetting or soiling yourself':
    'Hace fuerza nueva para orinar, o se moja o se mancha',
  'Is it new that you feel numb between your legs, around your bottom or private parts? You may notice it when you wipe.':
    '¿Es nuevo que nota la piel dormida entre las piernas, alrededor del trasero o de los genitales? Puede notarlo al limpiarse.',
  'Numbness in these parts can mean the nerves at the base of the spine are pressed. A doctor must check this right away.':
    'La piel dormida en estas partes puede querer decir que los nervios de la base de la columna están apretados. Un médico debe revisarlo enseguida.',
  'Numbness around the genitals or bottom': 'Piel dormida alrededor de los genitales o el trasero',
  'To check again: when you wipe after the toilet, does it feel different or numb?':
    'Para comprobarlo otra vez: al limpiarse después de ir al baño, ¿lo nota distinto o dormido?',
  'This is the same question in plainer words. Numb skin between the legs can mean the nerves at the base of the spine are pressed.':
    'Es la misma pregunta con palabras más sencillas. La piel dormida entre las piernas puede querer decir que los nervios de la base de la columna están apretados.',
  'Toilet paper feels different or numb when wiping':
    'Nota distinto o dormido el papel al limpiarse',
  'Is it new that your private parts feel numb? Or is it new that you have trouble getting hard or coming during sex?':
    '¿Es nuevo que nota dormidos los genitales? ¿O es nuevo que le cuesta tener una erección o eyacular?',
  'With back pain, these can mean the nerves at the base of the spine are pressed. A doctor must check this right away.':
    'Con dolor de espalda, esto puede querer decir que los nervios de la base de la columna están apretados. Un médico debe revisarlo enseguida.',
  'New numb genitals, or new trouble with erection or ejaculation':
    'Genitales dormidos, o problemas nuevos de erección o eyaculación',
  'To check again: since the back pain began, do your private parts feel less when touched? Does sex feel different in a new way?':
    'Para comprobarlo otra vez: desde que empezó el dolor de espalda, ¿nota menos los genitales al tocarlos? ¿Siente el sexo distinto de una forma nueva?',
  'This is the same question in plainer words. These changes can mean the nerves at the base of the spine are pressed.':
    'Es la misma pregunta con palabras más sencillas. Estos cambios pueden querer decir que los nervios de la base de la columna están apretados.',
  'Genitals feel less, or sex feels different, since the pain began':
    'Nota menos los genitales, o el sexo distinto, desde que empezó el dolor',
  'Do you feel a throb in your belly? Or have you had a sudden, very bad, tearing pain in your back or belly?':
    '¿Nota un latido en la barriga? ¿O ha tenido un dolor de golpe, muy fuerte, como un desgarro, en la espalda o la barriga?',
  'These can be signs of a problem with the main blood vessel in the belly (aortic aneurysm). It is rare, but needs help at once.':
    'Pueden ser señales de un problema en el vaso de sangre principal de la barriga (aneurisma de aorta). Es raro, pero necesita ayuda enseguida.',
  'Pulsing in the belly or sudden tearing pain':
    'Latido en la barriga o dolor de golpe como un desgarro',
  'Has a doctor told you that the main blood vessel in your belly is swollen (aortic aneurysm)?':
    '¿Le ha dicho un médico que tiene hinchado el vaso de sangre principal de la barriga (aneurisma de aorta)?',
  'A swollen main blood vessel can cause back pain if it grows or leaks. Then you need help at once.':
    'Un vaso de sangre principal hinchado puede causar dolor de espalda si crece o tiene una fuga. Entonces necesita ayuda enseguida.',
  'Known swollen main artery in the belly': 'Arteria principal de la barriga hinchada, ya conocida',
  'With this pain, have you fainted, collapsed, or nearly fainted?':
    'Con este dolor, ¿se ha desmayado, se ha caído redondo o casi se desmaya?',
  'Fainting with back or belly pain can mean bleeding inside, such as from the main blood vessel. That needs help at once.':
    'Desmayarse con dolor de espalda o de barriga puede querer decir que hay una hemorragia por dentro, por ejemplo del vaso de sangre principal. Necesita ayuda enseguida.',
  'Fainted or collapsed with the pain': 'Se desmayó o se cayó redondo con el dolor',
  'Is a leg or foot weak, or does your foot slap the ground or make you trip?':
    '¿Tiene débil una pierna o un pie, o el pie golpea el suelo o le hace tropezar?',
  'Weakness can mean a nerve is pressed. A doctor should check it.':
    'La debilidad puede querer decir que un nervio está apretado. Un médico debe revisarlo.',
  'Weakness in a leg or foot': 'Debilidad en una pierna o un pie',
  'Is the weakness getting worse?': '¿La debilidad va a peor?',
  'Weakness that gets worse should be checked quickly. Then the nerve has the best chance to recover.':
    'La debilidad que va a peor se debe revisar pronto. Así el nervio tiene más posibilidades de recuperarse.',
  'Weakness getting worse': 'La debilidad va a peor',
  'Do you have numbness or tingling in your legs or feet?':
    '¿Tiene la piel dormida u hormigueo en las piernas o los pies?',
  'Numbness or tingling means nerves are involved. It is common and often not serious, but a doctor should know.':
    'La piel dormida o el hormigueo quiere decir que hay nervios afectados. Es común y a menudo no es grave, pero un médico debe saberlo.',
  'Numbness or tingling in the legs or feet': 'Piel dormida u hormigueo en las piernas o los pies',
  'Is a leg or foot cold, pale or painful even when you rest? Or is there a sore on your foot that will not heal?':
    '¿Tiene una pierna o un pie frío, pálido o con dolor incluso en reposo? ¿O tiene una herida en el pie que no se cura?',
  'These can mean the leg is not getting enough blood. A doctor needs to check that the same day.':
    'Esto puede querer decir que a la pierna no le llega bastante sangre. Un médico tiene que revisarlo el mismo día.',
  'Cold, pale or painful leg at rest, or a foot sore that will not heal':
    'Pierna fría, pálida o con dolor en reposo, o una herida en el pie que no se cura',
  'Did that start suddenly, within the last day?': '¿Empezó eso de golpe, en el último día?',
  'A leg that turns cold, pale and painful all at once may have a blocked artery. That needs help at once.':
    'Una pierna que se pone fría, pálida y con dolor de golpe puede tener una arteria tapada. Necesita ayuda enseguida.',
  'The cold, pale leg started suddenly': 'La pierna fría y pálida empezó de golpe',
  'Along with the back pain, do you have a fever, chills or night sweats?':
    'Además del dolor de espalda, ¿tiene fiebre, escalofríos o sudores de noche?',
  'Fever with back pain can be a sign of an infection. That should be checked soon.':
    'La fiebre con dolor de espalda puede ser señal de una infección. Se debe revisar pronto.',
  'Fever, chills or night sweats': 'Fiebre, escalofríos o sudores de noche',
  "Do you inject drugs? Do you take a medicine that weakens your body's defences (immune system)? Or have you lately had back surgery, a back injection or a bad infection?":
    '¿Se inyecta drogas? ¿Toma un medicamento que baja las defensas del cuerpo (sistema inmunitario)? ¿O ha tenido hace poco una operación de espalda, una inyección en la espalda o una infección grave?',
  'These raise the chance of an infection in the spine. It is rare, but needs quick care.':
    'Esto sube la posibilidad de una infección en la columna. Es raro, pero necesita atención rápida.',
  'Injects drugs, weak immune system, or recent spine procedure or infection':
    'Se pincha drogas, defensas bajas, o infección u operación de espalda hace poco',
  'Have you ever had cancer?': '¿Ha tenido cáncer alguna vez?',
  'After cancer, new back pain should be checked by a doctor, just to be safe.':
    'Después de un cáncer, un dolor de espalda nuevo lo debe revisar un médico, por si acaso.',
  'Has had cancer': 'Ha tenido cáncer',
  'Have you lost weight without trying?': '¿Ha perdido peso sin querer?',
  'Weight loss you cannot explain is worth a check with a doctor. It often has a simple cause.':
    'Perder peso sin saber por qué merece una revisión del médico. A menudo tiene una causa sencilla.',
  'Weight loss without trying': 'Pérdida de peso sin querer',
  'Is the pain there all the time, even at rest or at night? Is there no way to lie or sit that eases it?':
    '¿El dolor está ahí todo el tiempo, incluso en reposo o de noche? ¿No hay forma de tumbarse o sentarse que lo alivie?',
  'Pain from strain or wear usually changes as you move. Pain that never lets up should be checked.':
    'El dolor por un tirón o por desgaste suele cambiar al moverse. El dolor que nunca da tregua se debe revisar.',
  'Constant pain at rest and at night': 'Dolor constante en reposo y de noche',
  'Do you also have pain higher up your back, between or below your shoulder blades?':
    '¿También le duele más arriba en la espalda, entre los omóplatos o por debajo de ellos?',
  'Pain higher up the back is less often from strain or wear. It is worth a check, most of all if you have had cancer.':
    'El dolor más arriba en la espalda viene menos a menudo de un tirón o del desgaste. Merece una revisión, sobre todo si ha tenido cáncer.',
  'Pain in the upper or middle back': 'Dolor en la parte alta o media de la espalda',
  'Has the pain gone on for a month or more without getting any better?':
    '¿El dolor dura ya un mes o más sin mejorar nada?',
  'Most back pain starts to get better within weeks. Pain that does not, most of all after 50, should be checked.':
    'La mayoría del dolor de espalda empieza a mejorar en unas semanas. El que no mejora, sobre todo después de los 50, se debe revisar.',
  'No better after a month or more': 'Sin mejorar en un mes o más',
  'Did the pain start after a fall, a crash, or some other bad injury?':
    '¿Empezó el dolor después de una caída, un choque u otra lesión fuerte?',
  'A bad fall or knock can break a bone in the spine. A doctor may want to check it.':
    'Una caída o un golpe fuerte puede romper un hueso de la columna. Un médico puede querer revisarlo.',
  'Began after a fall or injury': 'Empezó después de una caída o lesión',
  'Do you have thin bones (osteoporosis), or have you taken steroid tablets for months?':
    '¿Tiene los huesos frágiles (osteoporosis), o ha tomado pastillas de corticoides durante meses?',
  'Thin bones can break with little force, even without a fall.':
    'Los huesos frágiles se pueden romper con poca fuerza, incluso sin caerse.',
  'Thin bones or long-term steroid tablets':
    'Huesos frágiles o pastillas de corticoides durante mucho tiempo',
  'Is the pain getting steadily worse?': '¿El dolor va cada vez a peor?',
  'Pain that keeps getting worse, rather than better, should be checked by a doctor.':
    'El dolor que sigue empeorando, en vez de mejorar, lo debe revisar un médico.',
  'Pain getting steadily worse': 'El dolor va cada vez a peor',
  'Does the pain get in the way of your daily activities?':
    '¿El dolor le estorba en sus tareas de cada día?',
  'This shows how much the pain affects your life. It helps decide how soon you should be seen.':
    'Esto muestra cuánto le afecta el dolor en su vida. Ayuda a decidir cuándo debe verle un médico.',
  'Gets in the way of daily life': 'Le estorba en la vida diaria',
  'Muscle strain or weak muscles': 'Tirón muscular o músculos débiles',
  'Muscle strain and deconditioning (non-specific low back pain)':
    'Tirón muscular y falta de forma física (dolor lumbar inespecífico)',
  'The muscles of your lower back and trunk work all the time to hold you up as you walk. If they are weak, out of practice, or worked harder than usual, they can get tired and sore. Weak belly and hip muscles leave more work for the back. This is a very common cause of back pain, and it is not dangerous.':
    'Los músculos de la zona lumbar y del tronco trabajan todo el tiempo para sostenerle al caminar. Si están débiles, sin práctica o han trabajado más de lo normal, se pueden cansar y doler. Si los músculos de la barriga y la cadera están débiles, la espalda tiene más trabajo. Es una causa muy común de dolor de espalda, y no es peligrosa.',
  'It often starts after you walk more, further or faster than usual, or go back to walking after a long break. The muscles beside the spine can feel sore and tender. The pain tends to stay in the back rather than go down the legs.':
    'Suele empezar después de caminar más, más lejos o más rápido de lo normal, o al volver a caminar tras mucho tiempo. Los músculos al lado de la columna pueden doler al tocarlos. El dolor suele quedarse en la espalda y no bajar a las piernas.',
  'Keep moving, but cut back to a level that feels fine, then build up slowly. Heat can ease a flare-up. Exercises for the trunk and hips can help, and any exercise you enjoy counts.':
    'Siga moviéndose, pero baje a un nivel que le siente bien, y luego suba poco a poco. El calor puede aliviar una crisis. Los ejercicios para el tronco y la cadera pueden ayudar, y cualquier ejercicio que le guste cuenta.',
  'Book a visit with a doctor or physio (physiotherapist) if it does not start to ease in a few weeks. Book one too if it keeps coming back or stops you doing daily tasks. Get help sooner if a warning sign appears.':
    'Pida cita con un médico o un fisio (fisioterapeuta) si no empieza a aliviarse en unas semanas. Pídala también si vuelve una y otra vez o no le deja hacer sus tareas. Pida ayuda antes si aparece una señal de alarma.',
  'You walk more than before, or began again after a long break':
    'Camina más que antes, o volvió a caminar tras mucho tiempo',
  'No recent jump in how much you walk': 'No ha caminado mucho más de repente',
  'Sore, tender muscles beside the spine': 'Músculos doloridos al lado de la columna',
  'No sore muscles beside the spine': 'Sin músculos doloridos al lado de la columna',
  'Mostly inactive, so muscles may be out of shape':
    'Casi sin actividad, así que los músculos pueden estar en baja forma',
  'You are active most days': 'Está activo casi todos los días',
  'It started less than 6 weeks ago': 'Empezó hace menos de 6 semanas',
  'It has lasted 12 weeks or more': 'Dura ya 12 semanas o más',
  'The pain stays in the back': 'El dolor se queda en la espalda',
  'Symptoms spread into the legs': 'Las molestias bajan a las piernas',
  'Posture and the way you walk': 'La postura y la forma de caminar',
  'Posture and gait mechanics (non-specific low back pain)':
    'Postura y forma de caminar (dolor lumbar inespecífico)',
  'How you walk matters as well as how far. Leaning forward, arching your back a lot, or carrying your head forward can strain your back. Limping, favouring one leg or taking uneven steps puts uneven loads on it. Stiff hips, or feet that do not soak up shock well, can send more force up to the back. Little research has tested this.':
    'Cómo camina importa tanto como cuánto camina. Inclinarse hacia delante, arquear mucho la espalda o llevar la cabeza adelantada puede forzar la espalda. Cojear, cargar más una pierna o dar pasos desiguales reparte mal el peso. Las caderas rígidas, o los pies que amortiguan mal, pueden mandar más fuerza a la espalda. Se ha estudiado poco.',
  'You may walk bent forward or with your head forward, limp, or take uneven steps. The ache tends to build the longer you walk and ease when you rest.':
    'Puede que camine doblado hacia delante o con la cabeza adelantada, que cojee o que dé pasos desiguales. El dolor suele crecer cuanto más camina y aliviarse al descansar.',
  'Simple tips can help: stand tall, let your shoulders relax back, gently tighten your belly, and take even steps. Exercise for the trunk and hips helps some people. So do walking poles.':
    'Unos consejos sencillos pueden ayudar: póngase recto, deje los hombros relajados hacia atrás, apriete un poco la barriga y dé pasos iguales. El ejercicio para el tronco y la cadera ayuda a algunas personas. Los bastones de marcha también.',
  'A physio (physiotherapist) can watch how you walk and help you change it. Leaning forward to ease leg pain can be a sign of a narrowed spinal canal. A limp with groin pain can come from the hip. Both are worth a check.':
    'Un fisio (fisioterapeuta) puede ver cómo camina y ayudarle a cambiarlo. Inclinarse hacia delante para aliviar el dolor de las piernas puede ser señal de un canal de la columna estrecho. Una cojera con dolor en la ingle puede venir de la cadera. Las dos cosas merecen una revisión.',
  'You walk leaning forward or with your head forward':
    'Camina inclinado hacia delante o con la cabeza adelantada',
  'You walk upright': 'Camina recto',
  'You limp or take uneven steps': 'Cojea o da pasos desiguales',
  'Your steps are even': 'Sus pasos son iguales',
  'Mostly inactive, so the muscles that hold you upright may be weak':
    'Casi sin actividad, así que los músculos que le mantienen recto pueden estar débiles',
  'Shoes that are worn out or give little support': 'Zapatos gastados o que dan poco apoyo',
  'Footwear-related mechanical low back pain': 'Dolor lumbar mecánico por el calzado',
  'Sometimes the problem is on your feet. Shoes with worn cushioning, little support, or a poor fit can change how you walk and make your back work harder. High heels, flat shoes with no arch support, and worn-out trainers are common examples. Little research has tested this.':
    'A veces el problema está en los pies. Los zapatos con la amortiguación gastada, con poco apoyo o que no ajustan bien pueden cambiar su forma de caminar y hacer trabajar más a la espalda. Los tacones, los zapatos planos sin apoyo para el arco y las zapatillas gastadas son ejemplos comunes. Se ha estudiado poco.',
  'The pain builds on longer walks in certain shoes, or on hard ground. It feels better in comfy shoes that fit well.':
    'El dolor crece en los paseos largos con ciertos zapatos, o en suelo duro. Mejora con zapatos cómodos que ajustan bien.',
  'Replace shoes when the cushioning feels flat or the soles are worn unevenly. Choose shoes that fit well and support your feet. Shoe inserts (foot orthotics) are not advised for back pain.':
    'Cambie los zapatos cuando la amortiguación esté aplastada o la suela gastada de forma desigual. Elija zapatos que ajusten bien y sujeten el pie. No se aconsejan las plantillas (ortesis del pie) para el dolor de espalda.',
  'If better shoes do not help within a few weeks, book a visit with a doctor or physio (physiotherapist). They can look for other causes.':
    'Si unos zapatos mejores no ayudan en unas semanas, pida cita con un médico o un fisio (fisioterapeuta). Pueden buscar otras causas.',
  'Your walking shoes are worn out': 'Sus zapatos de caminar están gastados',
  'Your walking shoes are in good shape': 'Sus zapatos de caminar están en buen estado',
  'You walk in high heels or flat shoes without arch support':
    'Camina con tacones o con zapatos planos sin apoyo para el arco',
  'Your shoes give support': 'Sus zapatos dan apoyo',
  'You walk mostly on concrete or asphalt': 'Camina sobre todo por cemento o asfalto',
  'You do not walk mostly on hard ground': 'No camina sobre todo por suelo duro',
  'Narrowing of the spinal canal': 'Estrechamiento del canal de la columna',
  'Lumbar spinal stenosis (neurogenic claudication)':
    'Estenosis de canal lumbar (claudicación neurógena)',
  'The spaces inside the spine that carry the nerves can get narrower as discs and joints wear and thicken with age. This can press on the nerves. Standing up straight and walking make the spaces a little smaller. Bending forward opens them up. It becomes more common with age.':
    'Los espacios de dentro de la columna por donde pasan los nervios se pueden estrechar al desgastarse y engrosarse los discos y las articulaciones con la edad. Esto puede apretar los nervios. Estar de pie recto y caminar hacen los espacios un poco más pequeños. Inclinarse hacia delante los abre. Es más común con la edad.',
  'Pain, heaviness, numbness or tingling in the buttocks or legs comes on when you walk or stand. Often both legs. It eases when you sit down or bend forward, as when you lean on a shopping trolley. Walking downhill may be worse. Cycling is often easier.':
    'El dolor, el peso, la piel dormida o el hormigueo en las nalgas o las piernas aparece al caminar o al estar de pie. A menudo en las dos piernas. Se alivia al sentarse o al inclinarse hacia delante, como al apoyarse en un carrito de la compra. Caminar cuesta abajo puede ser peor. La bicicleta suele costar menos.',
  'Walk in short bouts with rests in between. Lean on a trolley or wheeled walker. Try cycling, and exercise with a physio (physiotherapist). In a trial, people who had physio did about as well after 2 years as people who had surgery.':
    'Camine en tramos cortos con descansos entre medias. Apóyese en un carrito o en un andador con ruedas. Pruebe la bicicleta, y haga ejercicio con un fisio (fisioterapeuta). En un ensayo, quienes hicieron fisioterapia estaban más o menos igual a los 2 años que quienes se operaron.',
  'Book a visit with a doctor or physio (physiotherapist) to check it. See a doctor the same day if your legs get weaker. Go to an emergency department at once for new bladder or bowel trouble. Go at once too if you feel numb around your bottom or private parts.':
    'Pida cita con un médico o un fisio (fisioterapeuta) para revisarlo. Vea a un médico el mismo día si las piernas se le debilitan. Vaya enseguida a urgencias si tiene un problema nuevo de vejiga o intestino. Vaya enseguida también si nota la piel dormida alrededor del trasero o de los genitales.',
  'Age over 70': 'Más de 70 años',
  'Age under 60: a narrowed canal is less common':
    'Menos de 60 años: un canal estrecho es menos común',
  'The nerve pattern: where it is felt, what brings it on and what eases it (these answers overlap, so only the strongest counts)':
    'El patrón de los nervios: dónde se nota, qué lo provoca y qué lo alivia (estas respuestas se solapan, así que solo cuenta la más fuerte)',
  'Leaning forward, as on a trolley, eases it':
    'Inclinarse hacia delante, como sobre un carrito, lo alivia',
  'Leaning forward does not ease it': 'Inclinarse hacia delante no lo alivia',
  'Symptoms in both legs': 'Molestias en las dos piernas',
  'Symptoms not in both legs': 'Molestias no en las dos piernas',
  'Some pain remains when seated': 'Queda algo de dolor sentado',
  'Standing still for a while brings it on': 'Estar de pie quieto un rato lo provoca',
  'Standing still does not bring it on': 'Estar de pie quieto no lo provoca',
  'Sitting down does not ease it': 'Sentarse no lo alivia',
  'No leg symptoms. A narrow canal often brings on leg symptoms when you walk':
    'Sin molestias en las piernas. Un canal estrecho suele dar molestias en las piernas al caminar',
  'Walking downhill is worse than uphill': 'Caminar cuesta abajo es peor que cuesta arriba',
  'Downhill is not worse': 'Cuesta abajo no es peor',
  'You can cycle without the same symptoms': 'Puede ir en bicicleta sin las mismas molestias',
  'Cycling brings the same symptoms': 'La bicicleta le da las mismas molestias',
  'Arching back makes it worse': 'Arquearse hacia atrás lo empeora',
  'Arching back does not make it worse': 'Arquearse hacia atrás no lo empeora',
  'No numbness or tingling': 'Sin piel dormida ni hormigueo',
  'You walk bent forward, which eases a narrowed canal':
    'Camina doblado hacia delante, lo que alivia un canal estrecho',
  'A pattern of narrowed leg arteries rather than nerves (counted once)':
    'Un patrón de arterias de las piernas estrechas, más que de los nervios (cuenta una vez)',
  'Cramping calf pain on walking points more to the arteries':
    'El dolor con calambre en la pantorrilla al caminar apunta más a las arterias',
  'A buttock or thigh cramp that goes when you stand still points more to the arteries':
    'Un calambre en la nalga o el muslo que se pasa al quedarse quieto de pie apunta más a las arterias',
  'Just standing still eases it, which points more to the arteries':
    'Con solo quedarse quieto de pie se alivia, lo que apunta más a las arterias',
  'Wear in the spinal discs': 'Desgaste de los discos de la columna',
  'Degenerative disc disease (discogenic pain)':
    'Enfermedad degenerativa del disco (dolor discogénico)',
  'The discs between the bones of the spine act as shock absorbers. With age they lose water and height. Despite its name, this is a normal part of ageing, not a true disease.':
    'Los discos entre los huesos de la columna hacen de amortiguadores. Con la edad pierden agua y altura. A pesar del nombre, es parte normal del envejecimiento, no una enfermedad de verdad.',
  'Scans show it in most people over 65, with or without back pain (Hicks 2009). So a scan finding alone does not explain pain.':
    'Las pruebas de imagen lo muestran en la mayoría de las personas de más de 65 años, tengan o no dolor de espalda (Hicks 2009). Así que lo que sale en una prueba no explica el dolor por sí solo.',
  'The pain may come when you stand and walk, as the spine takes your weight. For some, sitting, bending forward or coughing makes it worse. Some pain may stay between flare-ups. Pain that starts after you walk a set distance fits other causes better: a narrow spine canal or narrow leg arteries.':
    'El dolor puede aparecer al estar de pie y caminar, cuando la columna carga con su peso. A algunas personas les empeora al sentarse, al doblarse hacia delante o al toser. Puede quedar algo de dolor entre las crisis. El dolor que empieza tras caminar siempre la misma distancia encaja mejor con otras causas: un canal de la columna estrecho o arterias de las piernas estrechas.',
  'Stay active. Build up your walks slowly. Find exercise you like and do it often. Heat can ease a flare-up.':
    'Manténgase activo. Aumente sus paseos poco a poco. Busque un ejercicio que le guste y hágalo a menudo. El calor puede aliviar una crisis.',
  'Book a visit with a doctor or physio (physiotherapist) if the pain lasts more than a few weeks. Book one too if it stops you doing daily tasks. Pain that goes below the knee, numbness or weakness also needs a check.':
    'Pida cita con un médico o un fisio (fisioterapeuta) si el dolor dura más de unas semanas. Pídala también si no le deja hacer sus tareas. El dolor que baja por debajo de la rodilla, la piel dormida o la debilidad también necesitan una revisión.',
  'Sitting for a long time makes it worse': 'Estar sentado mucho rato lo empeora',
  'Long sitting does not make it worse': 'Estar sentado mucho rato no lo empeora',
  'Bending forward does not make it worse': 'Doblarse hacia delante no lo empeora',
  'Coughing or sneezing does not make it worse': 'Toser o estornudar no lo empeora',
  'Under 45: disc pain is more common when younger':
    'Menos de 45 años: el dolor de disco es más común de joven',
  'Over 65: joint wear is a likelier source than the disc':
    'Más de 65 años: el desgaste de las articulaciones es una causa más probable que el disco',
  'Sore or worn joints at the back of the spine':
    'Articulaciones doloridas o gastadas en la parte de atrás de la columna',
  'Facet joint pain and spinal osteoarthritis (facet joint syndrome)':
    'Dolor de las facetas y artrosis de la columna (síndrome facetario)',
  'The facet joints are small joints between and behind the bones of the spine. They guide and limit how your back moves. Like other joints, they can wear (osteoarthritis) or get inflamed. This is common with age, and scans often show it in people with no pain.':
    'Las articulaciones facetarias son pequeñas articulaciones entre los huesos de la columna y por detrás de ellos. Guían y limitan cómo se mueve la espalda. Como otras articulaciones, se pueden gastar (artrosis) o inflamar. Es común con la edad, y las pruebas de imagen lo muestran a menudo en personas sin dolor.',
  'The pain is often worse when you arch your back or twist. It can build on long walks, as these joints move with each step. It tends to stay in the back and can feel stiff. These signs are common in many kinds of back pain, so they cannot confirm the cause.':
    'El dolor suele ser peor al arquear la espalda o al girar. Puede crecer en los paseos largos, porque estas articulaciones se mueven a cada paso. Suele quedarse en la espalda y se puede notar rígida. Estas señales son comunes en muchos tipos de dolor de espalda, así que no pueden confirmar la causa.',
  'Staying active, exercise for the trunk and hips, and heat during a flare-up. Try not to arch your back a lot when you walk.':
    'Mantenerse activo, ejercicio para el tronco y la cadera, y calor durante una crisis. Intente no arquear mucho la espalda al caminar.',
  'Book a visit with a doctor or physio (physiotherapist) if it lasts more than a few weeks. Book one too if it stops you doing daily tasks. Questions alone cannot tell this pain apart from other back pain.':
    'Pida cita con un médico o un fisio (fisioterapeuta) si dura más de unas semanas. Pídala también si no le deja hacer sus tareas. Con preguntas solamente no se puede distinguir este dolor de otros dolores de espalda.',
  'Pain on arching back or twisting (one test, counted once)':
    'Dolor al arquearse hacia atrás o al girar (una prueba, cuenta una vez)',
  'Twisting does not make it worse': 'Girar no lo empeora',
  'Over 65: joint wear gets commoner with age':
    'Más de 65 años: el desgaste de las articulaciones es más común con la edad',
  'Under 45: joint wear is less common':
    'Menos de 45 años: el desgaste de las articulaciones es menos común',
  'Standing for a while brings it on': 'Estar de pie un rato lo provoca',
  'Pain from the joint between the spine and pelvis':
    'Dolor de la articulación entre la columna y la pelvis',
  'Sacroiliac joint dysfunction (sacroiliac joint pain)':
    'Disfunción de la articulación sacroilíaca (dolor sacroilíaco)',
  'The sacroiliac joints join the base of your spine to your pelvis, one on each side. They pass forces between your upper body and legs as you walk. If they get inflamed or do not move well, they can cause pain low in the back and buttock.':
    'Las articulaciones sacroilíacas unen la base de la columna con la pelvis, una a cada lado. Pasan las fuerzas entre la parte de arriba del cuerpo y las piernas al caminar. Si se inflaman o no se mueven bien, pueden causar dolor en la parte baja de la espalda y en la nalga.',
  'Pain mostly on one side, just below the belt line over the dimple of the buttock. It may spread into the buttock, groin or leg. It can be worse on stairs, when standing on one leg, or with long strides. These signs are only weak clues.':
    'Dolor sobre todo en un lado, justo debajo del cinturón, sobre el hoyuelo de la nalga. Se puede extender a la nalga, la ingle o la pierna. Puede ser peor en las escaleras, al estar sobre una pierna o con pasos largos. Estas señales son solo pistas débiles.',
  'Staying active, shorter strides, and exercise for the hips and trunk. Walking poles help some people.':
    'Mantenerse activo, dar pasos más cortos y hacer ejercicio para la cadera y el tronco. Los bastones de marcha ayudan a algunas personas.',
  'Book a visit with a doctor or physio (physiotherapist) if it lasts or limits you. A physio can test these joints. Buttock pain that swaps sides, with long morning stiffness, is worth checking for inflammation (spondyloarthritis).':
    'Pida cita con un médico o un fisio (fisioterapeuta) si dura o le limita. Un fisio puede explorar estas articulaciones. El dolor de nalgas que cambia de lado, con rigidez larga por la mañana, merece que se busque una inflamación (espondiloartritis).',
  'Where the pain sits (counted once)': 'Dónde está el dolor (cuenta una vez)',
  'Pain on one side just below the belt, over the buttock dimple':
    'Dolor en un lado justo debajo del cinturón, sobre el hoyuelo de la nalga',
  'The pain is not over the buttock dimple': 'El dolor no está sobre el hoyuelo de la nalga',
  'The pain is on one side': 'El dolor está en un lado',
  'The pain is not on one side': 'El dolor no está en un lado',
  'joint-loading triggers (stairs, one leg, long strides)':
    'cosas que cargan la articulación (escaleras, una pierna, pasos largos)',
  'stairs make it worse': 'las escaleras lo empeoran',
  'standing on one leg makes it worse': 'estar sobre una pierna lo empeora',
  'long strides make it worse': 'los pasos largos lo empeoran',
  'Pain in the groin too': 'También le duele la ingle',
  'Inflammation in the spine': 'Inflamación en la columna',
  'Inflammatory back pain (axial spondyloarthritis, ankylosing spondylitis)':
    'Dolor lumbar inflamatorio (espondiloartritis axial, espondilitis anquilosante)',
  'Some back pain comes from long-term inflammation in the joints of the spine and pelvis. The best known type is ankylosing spondylitis. It nearly always starts before the age of 45. A joint specialist (rheumatologist) can check for it and treat it.':
    'Algunos dolores de espalda vienen de una inflamación de larga duración en las articulaciones de la columna y la pelvis. El tipo más conocido es la espondilitis anquilosante. Casi siempre empieza antes de los 45 años. Un especialista en articulaciones (reumatólogo) puede buscarla y tratarla.',
  'Unlike most back pain, it gets better with movement and exercise, not with rest. The back is stiff for more than 30 minutes after waking. Pain may wake you in the second half of the night, and buttock pain may swap sides. Each sign alone is only a weak clue.':
    'Al revés que la mayoría del dolor de espalda, mejora con el movimiento y el ejercicio, no con el descanso. La espalda está rígida más de 30 minutos al despertar. El dolor le puede despertar en la segunda mitad de la noche, y el dolor de nalgas puede cambiar de lado. Cada señal sola es solo una pista débil.',
  'Exercise and stretching, done often, help you move and ease pain and stiffness. A doctor can send you to a joint expert (rheumatologist).':
    'El ejercicio y los estiramientos, hechos a menudo, le ayudan a moverse y alivian el dolor y la rigidez. Un médico le puede enviar a un especialista en articulaciones (reumatólogo).',
  'Book a visit with your doctor within one to two weeks. Ask if you need a joint expert. This matters most if the pain began before 45 and has lasted over 3 months. It matters more if you have a skin, gut or eye problem linked to it (psoriasis, colitis, uveitis), or a close relative has it.':
    'Pida cita con su médico en una o dos semanas. Pregunte si necesita un especialista en articulaciones. Importa sobre todo si el dolor empezó antes de los 45 y dura más de 3 meses. Importa más si tiene un problema de piel, intestino u ojos relacionado (psoriasis, colitis, uveítis), o si un familiar cercano lo tiene.',
  'pattern of inflammatory back pain (ASAS expert criteria)':
    'patrón de dolor lumbar inflamatorio (criterios de expertos ASAS)',
  'began before 40': 'empezó antes de los 40',
  'came on slowly': 'empezó poco a poco',
  'better with exercise': 'mejora con el ejercicio',
  'not better with rest': 'no mejora con el descanso',
  'pain at night, late in the night': 'dolor de noche, de madrugada',
  'Painkillers (such as ibuprofen) help a lot in a day or two':
    'Los calmantes (como el ibuprofeno) ayudan mucho en uno o dos días',
  'Painkillers (such as ibuprofen) do not help much':
    'Los calmantes (como el ibuprofeno) no ayudan mucho',
  'No buttock pain that switches sides': 'Sin dolor de nalgas que cambie de lado',
  'A skin, gut or eye problem linked to it (psoriasis, colitis, uveitis), or a relative with it':
    'Un problema de piel, intestino u ojos relacionado (psoriasis, colitis, uveítis), o un familiar que lo tiene',
  'No linked conditions in you or your family':
    'Ninguna enfermedad relacionada en usted ni en su familia',
  'The back pain began after 45': 'El dolor de espalda empezó después de los 45',
  'It has lasted less than 3 months': 'Dura menos de 3 meses',
  'Narrowed arteries in the legs': 'Arterias estrechas en las piernas',
  'Peripheral artery disease (intermittent vascular claudication)':
    'Enfermedad arterial periférica (claudicación intermitente vascular)',
  'Fatty build-up can narrow the arteries that carry blood to the legs. When you walk, the leg muscles need more blood than can get through, so they ache. This is not a back problem, but it can be mistaken for one. Smoking and diabetes are the biggest risks, and it gets more common with age.':
    'La grasa acumulada puede estrechar las arterias que llevan la sangre a las piernas. Al caminar, los músculos de las piernas necesitan más sangre de la que puede pasar, y por eso duelen. No es un problema de espalda, pero se puede confundir con uno. Fumar y la diabetes son los mayores riesgos, y es más común con la edad.',
  'A cramping ache, most often in the calf, comes on after walking about the same distance each time. It comes sooner uphill or when you hurry. It goes within about 10 minutes when you stand still, without the need to sit or bend. Cycling can bring it on too.':
    'Un dolor con calambre, casi siempre en la pantorrilla, aparece tras caminar más o menos la misma distancia cada vez. Aparece antes cuesta arriba o cuando va deprisa. Se pasa en unos 10 minutos al quedarse quieto de pie, sin tener que sentarse ni inclinarse. La bicicleta también lo puede provocar.',
  'After a doctor checks you, the best first step is a walking plan run by a health team. To stop smoking and take the right medicines helps guard your heart and legs.':
    'Después de que le vea un médico, el mejor primer paso es un plan de paseos dirigido por un equipo sanitario. Dejar de fumar y tomar los medicamentos adecuados ayuda a proteger el corazón y las piernas.',
  'Book a visit with your doctor within one to two weeks. A simple test compares the blood pressure at your ankle and arm (ankle-brachial index). A cold, pale, painful foot at rest, or a foot sore that does not heal, needs a doctor the same day.':
    'Pida cita con su médico en una o dos semanas. Una prueba sencilla compara la tensión en el tobillo y en el brazo (índice tobillo-brazo). Un pie frío, pálido y con dolor en reposo, o una herida en el pie que no se cura, necesita un médico el mismo día.',
  'Your answers include a warning sign that a leg may be short of blood. It cannot be ruled out without an exam, and the leg may need treatment soon.':
    'Sus respuestas tienen una señal de alarma de que a una pierna le puede faltar sangre. No se puede descartar sin una exploración, y puede que la pierna necesite tratamiento pronto.',
  'The leg-artery pattern (one questionnaire, counted once)':
    'El patrón de las arterias de las piernas (un cuestionario, cuenta una vez)',
  'Calf pain on walking, worse uphill, never at rest, gone when you stand still (Edinburgh questionnaire)':
    'Dolor de pantorrilla al caminar, peor cuesta arriba, nunca en reposo, que se pasa al quedarse quieto de pie (cuestionario de Edimburgo)',
  'Calf pain on walking that goes when you just stand still':
    'Dolor de pantorrilla al caminar que se pasa con solo quedarse quieto de pie',
  'A cramping buttock, hip or thigh ache on walking that goes when you stand still':
    'Un dolor con calambre en la nalga, la cadera o el muslo al caminar que se pasa al quedarse quieto de pie',
  'Just stopping and standing still eases it': 'Con solo parar y quedarse quieto de pie se alivia',
  'No cramping calf pain on walking': 'Sin dolor con calambre en la pantorrilla al caminar',
  'No leg symptoms. Narrow leg arteries cause leg pain':
    'Sin molestias en las piernas. Las arterias estrechas de las piernas dan dolor en las piernas',
  'You smoke or smoked for many years': 'Fuma o fumó durante muchos años',
  'You do not smoke': 'No fuma',
  'You have diabetes': 'Tiene diabetes',
  'You do not have diabetes': 'No tiene diabetes',
  'Known heart, stroke or artery disease':
    'Enfermedad conocida del corazón, ictus o de las arterias',
  'No known heart or blood vessel disease':
    'Sin enfermedad conocida del corazón ni de los vasos de sangre',
  'Age 60 or over': '60 años o más',
  'Age under 50': 'Menos de 50 años',
  'Leaning forward eases it, which points more to the nerves':
    'Inclinarse hacia delante lo alivia, lo que apunta más a los nervios',
  'Cycling brings it on too': 'La bicicleta también lo provoca',
  'Wear in the hip joint': 'Desgaste de la articulación de la cadera',
  'Hip osteoarthritis (hip-spine syndrome)': 'Artrosis de cadera (síndrome cadera-columna)',
  'Wear in the hip joint (osteoarthritis) can cause pain that feels as if it comes from the back or buttock. It is more common after 50. The hip and the back often have problems at the same time, so it can be hard to tell them apart.':
    'El desgaste de la articulación de la cadera (artrosis) puede causar un dolor que parece venir de la espalda o de la nalga. Es más común después de los 50. La cadera y la espalda a menudo tienen problemas a la vez, así que puede ser difícil distinguirlas.',
  'Pain in the groin or the front of the hip, a limp, and a stiff hip, so that putting on socks or shoes is hard. Squatting may make it worse.':
    'Dolor en la ingle o en la parte de delante de la cadera, cojera, y una cadera rígida, de modo que cuesta ponerse los calcetines o los zapatos. Ponerse en cuclillas puede empeorarlo.',
  'Stay active and keep the hip moving. A doctor or physio (physiotherapist) can check the hip and help you choose exercise.':
    'Manténgase activo y siga moviendo la cadera. Un médico o un fisio (fisioterapeuta) puede revisar la cadera y ayudarle a elegir el ejercicio.',
  'Book a visit with a doctor or physio (physiotherapist) to check the hip. After a fall, see a doctor the same day if the hip hurts a lot, or you cannot stand on the leg.':
    'Pida cita con un médico o un fisio (fisioterapeuta) para revisar la cadera. Tras una caída, vea a un médico el mismo día si la cadera le duele mucho o no puede apoyarse en la pierna.',
  'No groin pain': 'Sin dolor en la ingle',
  'A stiff hip: socks and shoes are hard to put on':
    'Cadera rígida: cuesta ponerse los calcetines y los zapatos',
  'The hip moves freely': 'La cadera se mueve bien',
  'You limp or favour one leg': 'Cojea o carga más una pierna',
  'No limp': 'No cojea',
  'Age 50 or over': '50 años o más',
  'Under 40: hip wear is rare': 'Menos de 40 años: el desgaste de la cadera es raro',
  'A pinched nerve in the lower back': 'Un nervio pinzado en la zona lumbar',
  'Sciatica (lumbar radiculopathy, nerve root pain)':
    'Ciática (radiculopatía lumbar, dolor de la raíz nerviosa)',
  'A nerve root that leaves the lower spine can be pressed on or irritated, for example by a bulging disc. The pain then travels along the nerve into the leg. The leg pain can be worse than the back pain.':
    'Una raíz nerviosa que sale de la parte baja de la columna puede quedar apretada o irritada, por ejemplo por un disco abultado. El dolor entonces baja por el nervio hasta la pierna. El dolor de la pierna puede ser peor que el de la espalda.',
  'Pain that shoots down one leg, often below the knee, sometimes with numbness or tingling. It can be worse when you cough, sneeze or sit for a long time.':
    'Un dolor que baja como una descarga por una pierna, a menudo por debajo de la rodilla, a veces con piel dormida u hormigueo. Puede empeorar al toser, estornudar o estar sentado mucho rato.',
  'Staying active and exercise help. Short walks, and easing off positions that send pain down the leg.':
    'Ayudan mantenerse activo y el ejercicio. Paseos cortos, y evitar las posturas que mandan el dolor por la pierna.',
  'Book a visit with a doctor or physio (physiotherapist) if it is bad or lasts. See a doctor today if the leg or foot gets weaker. Go to an emergency department at once for bladder or bowel trouble. Go at once too if you feel numb around your bottom or private parts.':
    'Pida cita con un médico o un fisio (fisioterapeuta) si es fuerte o dura. Vea a un médico hoy si la pierna o el pie se le debilitan. Vaya enseguida a urgencias si tiene problemas de vejiga o intestino. Vaya enseguida también si nota la piel dormida alrededor del trasero o de los genitales.',
  'Leg symptoms reach below the knee': 'Las molestias de la pierna llegan por debajo de la rodilla',
  'Leg symptoms stay above the knee':
    'Las molestias de la pierna se quedan por encima de la rodilla',
  'Where the leg symptoms are (counted once)':
    'Dónde están las molestias de la pierna (cuenta una vez)',
  'Symptoms in one leg': 'Molestias en una pierna',
  'No leg symptoms: nerve root pain is leg pain':
    'Sin molestias en las piernas: el dolor de la raíz nerviosa es dolor de pierna',
  'Numbness or tingling in the leg or foot': 'Piel dormida u hormigueo en la pierna o el pie',
  'Weakness in the leg or foot': 'Debilidad en la pierna o el pie',
  'Pressure on the nerves to the bladder and bowel':
    'Presión sobre los nervios de la vejiga y el intestino',
  'Cauda equina syndrome': 'Síndrome de la cola de caballo',
  'At the bottom of the spine is a bundle of nerves. They control the bladder, bowel, sex organs and legs. Rarely, something such as a large disc bulge presses hard on them. This needs emergency care. Quick care can stop lasting harm.':
    'Al final de la columna hay un haz de nervios. Controlan la vejiga, el intestino, los órganos sexuales y las piernas. Rara vez algo, como un disco muy abultado, los aprieta con fuerza. Esto necesita atención de urgencia. La atención rápida puede evitar un daño que dure.',
  'New trouble passing urine or leaking urine, or loss of bowel control. Or numbness around the genitals, bottom or inner thighs. It often comes with back pain and pain or weakness in one or both legs.':
    'Un problema nuevo para orinar o escapes de orina, o no poder controlar el intestino. O la piel dormida alrededor de los genitales, el trasero o la cara interna de los muslos. Suele venir con dolor de espalda y dolor o debilidad en una pierna o en las dos.',
  'Only urgent hospital care can help, with a scan (MRI) and often surgery. Do not wait to see if it gets better.':
    'Solo puede ayudar la atención urgente en el hospital, con una resonancia (RM) y a menudo una operación. No espere a ver si mejora.',
  'Call the emergency number or go to an emergency department now. Say that you have back pain with bladder, bowel or numb skin problems. Do not wait for a routine visit.':
    'Llame al número de urgencias o vaya a urgencias ahora. Diga que tiene dolor de espalda con problemas de vejiga, de intestino o de piel dormida. No espere a una cita normal.',
  'Your answers include a warning sign that the nerves to the bladder, bowel and legs may be pressed. Only an exam, and often a scan, can rule this out. Quick care can stop lasting harm.':
    'Sus respuestas tienen una señal de alarma de que los nervios de la vejiga, el intestino y las piernas pueden estar apretados. Solo una exploración, y a menudo una resonancia, puede descartarlo. La atención rápida puede evitar un daño que dure.',
  'Infection in the spine': 'Infección en la columna',
  'Spinal infection (discitis, vertebral osteomyelitis, epidural abscess)':
    'Infección de la columna (discitis, osteomielitis vertebral, absceso epidural)',
  'Rarely, germs can infect the bones or discs of the spine, or the space around the nerves. It is more likely if you inject drugs or have diabetes. Weak body defences (immune system) raise the risk too. So does a recent bad infection or back operation.':
    'Rara vez, los microbios pueden infectar los huesos o los discos de la columna, o el espacio alrededor de los nervios. Es más probable si se inyecta drogas o tiene diabetes. Tener las defensas bajas (sistema inmunitario) también sube el riesgo. Y también una infección grave o una operación de espalda recientes.',
  'Back pain with fever, chills or night sweats, or feeling unwell. The pain is often constant and does not ease with rest. Many people with a spine infection have no fever, so new severe pain with these risks matters too.':
    'Dolor de espalda con fiebre, escalofríos o sudores de noche, o sentirse mal. El dolor suele ser constante y no se alivia con el descanso. Muchas personas con una infección de la columna no tienen fiebre, así que un dolor fuerte y nuevo con estos riesgos también importa.',
  'It needs tests and treatment by a doctor, often with antibiotics. It is not something to manage at home.':
    'Necesita pruebas y tratamiento de un médico, a menudo con antibióticos. No es algo para tratar en casa.',
  'See a doctor today. Go to an emergency department now if a leg is also weak or numb, or you feel very unwell.':
    'Vea a un médico hoy. Vaya a urgencias ahora si además tiene una pierna débil o dormida, o se siente muy mal.',
  'Your answers include a warning sign of an infection in the spine. It cannot be ruled out without an exam and tests. Found early, it is treated well.':
    'Sus respuestas tienen una señal de alarma de una infección en la columna. No se puede descartar sin una exploración y pruebas. Si se encuentra pronto, se trata bien.',
  'Cancer affecting the spine': 'Cáncer que afecta a la columna',
  'Spinal malignancy (metastatic or primary spinal tumour)':
    'Tumor de la columna (tumor vertebral metastásico o primario)',
  'Very rarely, back pain is caused by cancer in the spine. Most often it has spread from a cancer somewhere else. Having had cancer before is the strongest clue. Most people with back pain, even with pain at night, do not have cancer.':
    'Muy rara vez, el dolor de espalda lo causa un cáncer en la columna. Casi siempre se ha extendido desde un cáncer de otra parte. Haber tenido cáncer antes es la pista más fuerte. La mayoría de las personas con dolor de espalda, incluso con dolor de noche, no tienen cáncer.',
  'New back pain in someone who has had cancer, or after age 50. Weight loss you cannot explain, pain that keeps getting worse, or pain at rest and at night that no position eases. Pain that does not improve after a month of care also counts.':
    'Un dolor de espalda nuevo en alguien que ha tenido cáncer, o después de los 50. Perder peso sin saber por qué, un dolor que sigue empeorando, o un dolor en reposo y de noche que ninguna postura alivia. También cuenta un dolor que no mejora tras un mes de cuidados.',
  'A doctor can arrange the right tests, such as blood tests or a scan.':
    'Un médico puede pedir las pruebas adecuadas, como análisis de sangre o una prueba de imagen.',
  'See a doctor within a few days, and tell them if you have had cancer. See a doctor the same day if your legs get weak or numb or walking gets hard. Go to an emergency department at once for new bladder or bowel trouble.':
    'Vea a un médico en pocos días, y dígale si ha tenido cáncer. Vea a un médico el mismo día si las piernas se le debilitan o se le duermen, o si le cuesta caminar. Vaya enseguida a urgencias si tiene un problema nuevo de vejiga o intestino.',
  'Your answers include a warning sign of cancer in the spine. Most people with these answers do not have it. But it cannot be ruled out without an exam and tests.':
    'Sus respuestas tienen una señal de alarma de cáncer en la columna. La mayoría de las personas con estas respuestas no lo tienen. Pero no se puede descartar sin una exploración y pruebas.',
  'You have had cancer': 'Ha tenido cáncer',
  'Has not had cancer': 'No ha tenido cáncer',
  'A broken bone in the spine': 'Un hueso roto en la columna',
  'Vertebral fracture (including osteoporotic compression fracture)':
    'Fractura vertebral (también la fractura por aplastamiento por osteoporosis)',
  'A bone in the spine can break in a fall or a crash. In people with thin, weak bones (osteoporosis), it can break after a small fall, or with no clear injury. The same goes for people who have taken steroid tablets for months.':
    'Un hueso de la columna se puede romper en una caída o un choque. En personas con los huesos finos y débiles (osteoporosis), se puede romper tras una caída pequeña, o sin una lesión clara. Lo mismo pasa en quienes han tomado pastillas de corticoides durante meses.',
  'Sudden back pain after a fall or injury, often in the middle of the back. Lying down often eases it. It is more likely over 70, with weak bones, or after a long time on steroid tablets.':
    'Un dolor de espalda de golpe tras una caída o una lesión, a menudo en el medio de la espalda. Tumbarse suele aliviarlo. Es más probable después de los 70, con huesos débiles, o tras mucho tiempo tomando pastillas de corticoides.',
  'A doctor can check with an X-ray. Care includes pain relief and looking after your bones.':
    'Un médico puede revisarlo con una radiografía. El tratamiento incluye calmar el dolor y cuidar los huesos.',
  'After a major accident, call the emergency number. After a smaller fall, see a doctor today. With weak bones or long steroid use and sudden new pain, see a doctor within a few days. Get help at once if your legs feel weak or numb.':
    'Tras un accidente grave, llame al número de urgencias. Tras una caída más pequeña, vea a un médico hoy. Con huesos débiles o corticoides durante mucho tiempo y un dolor nuevo de golpe, vea a un médico en pocos días. Pida ayuda enseguida si nota las piernas débiles o dormidas.',
  'Your answers include a warning sign of a broken bone in the spine. It cannot be ruled out without an exam, and often an X-ray.':
    'Sus respuestas tienen una señal de alarma de un hueso roto en la columna. No se puede descartar sin una exploración, y a menudo una radiografía.',
  'A swollen main artery in the belly': 'Una arteria principal de la barriga hinchada',
  'Abdominal aortic aneurysm (symptomatic or ruptured)':
    'Aneurisma de aorta abdominal (con síntomas o roto)',
  'The main blood vessel in the belly (aorta) can weaken and bulge. If it leaks or tears, it causes sudden severe pain and is a threat to life. It is more likely in older men, in people who smoke or have smoked, and when it runs in the family.':
    'El vaso de sangre principal de la barriga (aorta) se puede debilitar y abultar. Si tiene una fuga o se rompe, causa un dolor fuerte de golpe y pone en peligro la vida. Es más probable en hombres mayores, en personas que fuman o han fumado, y cuando hay casos en la familia.',
  'Sudden, severe pain in the back, belly or side, sometimes felt as tearing. There may be a pulsing feeling in the belly, or feeling faint or passing out.':
    'Un dolor fuerte de golpe en la espalda, la barriga o el costado, a veces como un desgarro. Puede haber un latido en la barriga, o sensación de mareo o desmayo.',
  'Only care in a hospital, at once, can help. Do not drive yourself.':
    'Solo puede ayudar la atención en un hospital, enseguida. No conduzca usted.',
  'Call the emergency number now. Do not wait to see if it passes.':
    'Llame al número de urgencias ahora. No espere a ver si se pasa.',
  'Your answers include a warning sign of a problem with the main blood vessel in the belly. It cannot be ruled out without an exam and a scan. If it is leaking, every minute counts.':
    'Sus respuestas tienen una señal de alarma de un problema en el vaso de sangre principal de la barriga. No se puede descartar sin una exploración y una prueba de imagen. Si tiene una fuga, cada minuto cuenta.',
  'New trouble with your bladder or bowels can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.':
    'Un problema nuevo con la vejiga o el intestino puede querer decir que los nervios de la base de la columna están apretados (síndrome de la cola de caballo). Hace falta que le revisen en el hospital ahora.',
  'Numbness around the genitals or bottom can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.':
    'La piel dormida alrededor de los genitales o el trasero puede querer decir que los nervios de la base de la columna están apretados (síndrome de la cola de caballo). Hace falta que le revisen en el hospital ahora.',
  'Leg weakness that is getting worse can mean a nerve is being damaged. It needs to be checked now, before it gets worse.':
    'La debilidad de la pierna que va a peor puede querer decir que un nervio se está dañando. Hay que revisarlo ahora, antes de que empeore.',
  'A pulsing feeling in the belly, or sudden tearing pain in the back or belly, can come from the main blood vessel (aortic aneurysm). This needs help now.':
    'Un latido en la barriga, o un dolor de golpe como un desgarro en la espalda o la barriga, puede venir del vaso de sangre principal (aneurisma de aorta). Necesita ayuda ahora.',
  'To faint or pass out with back or belly pain can mean bleeding inside, such as from the main blood vessel in the belly (aortic aneurysm). Call the emergency number now.':
    'Desmayarse o perder el sentido con dolor de espalda o de barriga puede querer decir una hemorragia por dentro, por ejemplo del vaso de sangre principal de la barriga (aneurisma de aorta). Llame al número de urgencias ahora.',
  'You have a swollen main blood vessel in the belly. Your pain is sudden, very bad, always there, or getting worse. That can mean the swelling is growing or leaking (aortic aneurysm). Call the emergency number now.':
    'Tiene hinchado el vaso de sangre principal de la barriga. Su dolor es de golpe, muy fuerte, constante o va a peor. Eso puede querer decir que la hinchazón crece o tiene una fuga (aneurisma de aorta). Llame al número de urgencias ahora.',
  'Sudden, very bad back pain that began in the last few days can come from the main blood vessel in the belly (aortic aneurysm). This is more likely at your age, and with smoking or heart disease. It can happen even with no throb in the belly. It must be checked now.':
    'Un dolor de espalda de golpe y muy fuerte que empezó en los últimos días puede venir del vaso de sangre principal de la barriga (aneurisma de aorta). Es más probable a su edad, y si fuma o tiene una enfermedad del corazón. Puede pasar incluso sin latido en la barriga. Hay que revisarlo ahora.',
  'A leg or foot that has suddenly gone cold, pale or painful may have a blocked blood vessel (artery). Call the emergency number now. The leg needs blood flow back fast.':
    'Una pierna o un pie que de repente se ha puesto frío, pálido o con dolor puede tener un vaso de sangre tapado (arteria). Llame al número de urgencias ahora. La sangre tiene que volver a la pierna rápido.',
  'Fever with leg weakness can mean an infection near the spinal nerves. This needs a hospital check now.':
    'La fiebre con debilidad en la pierna puede querer decir una infección cerca de los nervios de la columna. Hace falta que le revisen en el hospital ahora.',
  'You have had cancer, your back pain is of a kind that needs checking, and you have nerve symptoms in the legs. Doctors treat this as an emergency, to protect the nerves.':
    'Ha tenido cáncer, su dolor de espalda es de un tipo que hay que revisar, y tiene molestias de los nervios en las piernas. Los médicos lo tratan como una urgencia, para proteger los nervios.',
  'You were not sure about new bladder or bowel trouble. That can be a sign that the nerves at the base of the spine are pressed. A doctor should check you today. If it becomes clear that you have it, go to an emergency department at once.':
    'No estaba seguro de si tiene un problema nuevo de vejiga o intestino. Eso puede ser señal de que los nervios de la base de la columna están apretados. Un médico debe verle hoy. Si queda claro que lo tiene, vaya enseguida a urgencias.',
  'You were not sure about numbness around your private parts or bottom. That can be a sign that the nerves at the base of the spine are pressed. A doctor should check you today. If it becomes clear that you have it, go to an emergency department at once.':
    'No estaba seguro de si nota la piel dormida alrededor de los genitales o el trasero. Eso puede ser señal de que los nervios de la base de la columna están apretados. Un médico debe verle hoy. Si queda claro que lo tiene, vaya enseguida a urgencias.',
  'A new change in how your private parts feel can mean the nerves at the base of the spine are pressed. So can new trouble getting hard or coming. A doctor should check you today. Go to an emergency department at once if your bladder, bowels or the skin between your legs change too.':
    'Un cambio nuevo en cómo siente los genitales puede querer decir que los nervios de la base de la columna están apretados. También un problema nuevo para tener una erección o eyacular. Un médico debe verle hoy. Vaya enseguida a urgencias si también cambian la vejiga, el intestino o la piel entre las piernas.',
  'Fever, chills or night sweats with back pain can be a sign of an infection in the spine. A doctor should see you today.':
    'La fiebre, los escalofríos o los sudores de noche con dolor de espalda pueden ser señal de una infección en la columna. Un médico debe verle hoy.',
  'Weakness in a leg or foot, or a foot that slaps or trips, means a nerve may be pressed. A doctor should check it today.':
    'La debilidad en una pierna o un pie, o un pie que golpea el suelo o hace tropezar, quiere decir que un nervio puede estar apretado. Un médico debe revisarlo hoy.',
  'Pain that keeps getting worse, with numbness or tingling in the legs, can mean a nerve is pressed more and more. A doctor should check you today.':
    'Un dolor que sigue empeorando, con piel dormida u hormigueo en las piernas, puede querer decir que un nervio está cada vez más apretado. Un médico debe verle hoy.',
  'Back pain that began after a fall or a crash needs a check for a broken bone (fracture) today.':
    'El dolor de espalda que empezó tras una caída o un choque necesita hoy una revisión por si hay un hueso roto (fractura).',
  'New pain, numbness or tingling in both legs can be an early sign that the nerves at the base of the spine are squeezed. A doctor should see you today.':
    'Un dolor, piel dormida u hormigueo nuevos en las dos piernas pueden ser una señal temprana de que los nervios de la base de la columna están apretados. Un médico debe verle hoy.',
  'You have had cancer. New back pain should be checked by a doctor within 24 hours, to make sure the cancer has not spread to the spine. Tell them about your cancer.':
    'Ha tenido cáncer. Un médico debe revisar el dolor de espalda nuevo en 24 horas, para asegurarse de que el cáncer no ha llegado a la columna. Háblele de su cáncer.',
  'You have lost weight for no clear reason, and your back pain is getting worse or is there at night. See a doctor within 24 hours.':
    'Ha perdido peso sin una causa clara, y su dolor de espalda va a peor o aparece de noche. Vea a un médico en 24 horas.',
  'You are more at risk of an infection in the spine. This can be after a recent infection or a back operation. A doctor should check new back pain within 24 hours.':
    'Tiene más riesgo de una infección en la columna. Puede ser tras una infección o una operación de espalda recientes. Un médico debe revisar el dolor de espalda nuevo en 24 horas.',
  'With thin bones or long use of steroid tablets, back pain that is getting worse can mean a broken bone in the spine. A doctor should see you within 24 hours.':
    'Con huesos frágiles o corticoides durante mucho tiempo, un dolor de espalda que va a peor puede querer decir un hueso roto en la columna. Un médico debe verle en 24 horas.',
  'You have a swollen main artery in the belly (aortic aneurysm). New back pain should be checked by a doctor today, to make sure the aneurysm is not the cause.':
    'Tiene hinchada la arteria principal de la barriga (aneurisma de aorta). Un médico debe revisar hoy el dolor de espalda nuevo, para asegurarse de que el aneurisma no es la causa.',
  'A doctor should check new back pain today if it gets worse or never lets up. At your age, and with smoking or heart disease, one rare cause is a swollen main blood vessel in the belly.':
    'Un médico debe revisar hoy un dolor de espalda nuevo si va a peor o nunca da tregua. A su edad, y si fuma o tiene una enfermedad del corazón, una causa rara es el vaso de sangre principal de la barriga hinchado.',
  'A leg or foot that is cold, pale or painful even at rest, or a foot sore that will not heal, can mean the leg is short of blood. A doctor should see you today.':
    'Una pierna o un pie frío, pálido o con dolor incluso en reposo, o una herida en el pie que no se cura, puede querer decir que a la pierna le falta sangre. Un médico debe verle hoy.',
  'Weight loss you cannot explain should be checked by a doctor.':
    'Un médico debe revisar una pérdida de peso que no se puede explicar.',
  'From age 50, back pain that has not got better in a month should be checked by a doctor. Most often the cause is not serious, but a doctor can make sure.':
    'Desde los 50 años, un médico debe revisar el dolor de espalda que no ha mejorado en un mes. Casi siempre la causa no es grave, pero un médico puede asegurarse.',
  'From age 50, back pain that is not getting any better should be checked by a doctor or physio. This is true even if you have had it a long time.':
    'Desde los 50 años, un médico o un fisio debe revisar el dolor de espalda que no mejora nada. Vale incluso si lo tiene desde hace mucho tiempo.',
  'With thin bones or long use of steroid tablets, a doctor should check for a small break in the spine (an X-ray may help).':
    'Si tiene los huesos frágiles o toma corticoides desde hace tiempo, un médico debe ver si hay una pequeña rotura en la columna (una radiografía puede ayudar).',
  'New back pain after 70 should be checked by a doctor. At this age a small break in a spine bone can happen with little or no injury (an X-ray may help).':
    'Un médico debe revisar el dolor de espalda nuevo después de los 70. A esta edad se puede romper un poco un hueso de la columna con poca o ninguna lesión (una radiografía puede ayudar).',
  'Sudden, severe back pain after 70 can come from a small break in a spine bone, even without a fall. A doctor should check it (an X-ray may help).':
    'Un dolor de espalda fuerte y de golpe después de los 70 puede venir de una pequeña rotura en un hueso de la columna, incluso sin caerse. Un médico debe revisarlo (una radiografía puede ayudar).',
  'Back pain for 3 months or more that began before 45, with signs of inflamed joints, should be checked by a doctor. They may test your blood or refer you to a joint specialist (rheumatologist). Early care helps.':
    'Un médico debe revisar el dolor de espalda de 3 meses o más que empezó antes de los 45, con señales de articulaciones inflamadas. Puede pedirle un análisis de sangre o enviarle a un especialista en articulaciones (reumatólogo). La atención temprana ayuda.',
  'A cramp in the calf, buttock or thigh that comes with walking and goes when you stand still fits narrowed leg arteries. A doctor can check the blood flow with a simple test (ankle-brachial index).':
    'Un calambre en la pantorrilla, la nalga o el muslo que aparece al caminar y se pasa al quedarse quieto de pie encaja con arterias de las piernas estrechas. Un médico puede revisar la circulación con una prueba sencilla (índice tobillo-brazo).',
  'At your age or with your health history, a doctor should check leg pain that comes with walking. A simple test of the blood flow in the legs (ankle-brachial index) can tell narrow blood vessels from a nerve cause.':
    'A su edad o con su historia de salud, un médico debe revisar el dolor de piernas que aparece al caminar. Una prueba sencilla de la circulación de las piernas (índice tobillo-brazo) puede distinguir los vasos de sangre estrechos de una causa de los nervios.',
  'A doctor should check pain that is there all the time, at rest and at night. No way of lying or sitting eases it.':
    'Un médico debe revisar un dolor que está ahí todo el tiempo, en reposo y de noche. Ninguna forma de tumbarse o sentarse lo alivia.',
  'Pain that keeps getting worse should be checked by a doctor or physio.':
    'Un médico o un fisio debe revisar un dolor que sigue empeorando.',
  'Numbness or tingling in the legs means a nerve is involved. A doctor or physio should check how the nerves work.':
    'La piel dormida o el hormigueo en las piernas quiere decir que hay un nervio afectado. Un médico o un fisio debe revisar cómo funcionan los nervios.',
  'From age 50, back pain that rest does not ease should be checked by a doctor.':
    'Desde los 50 años, un médico debe revisar el dolor de espalda que no se alivia con el descanso.',
  'The pain has lasted 3 months or more. It is very bad or gets in the way of daily life. A doctor or physio can plan exercise and other care that helps with pain that lasts.':
    'El dolor dura ya 3 meses o más. Es muy fuerte o le estorba en la vida diaria. Un médico o un fisio puede planear ejercicio y otros cuidados que ayudan con el dolor que dura.',
  'Your pain is severe. On its own that is not a warning sign, and most new back pain eases within weeks. Book a visit if it is not clearly easing within 2 weeks, or sooner if you cannot manage it.':
    'Su dolor es fuerte. Eso solo no es una señal de alarma, y la mayoría del dolor de espalda nuevo se alivia en unas semanas. Pida cita si no se está aliviando claramente en 2 semanas, o antes si no puede con él.',
  'The pain gets in the way of daily life. Keep as active as you can, and build up slowly. Book a visit with a doctor or physio if it still limits you in a month.':
    'El dolor le estorba en la vida diaria. Manténgase tan activo como pueda, y aumente poco a poco. Pida cita con un médico o un fisio si dentro de un mes aún le limita.',
  'Call the emergency number or go to an emergency department now. Do not drive yourself, and do not wait to see if it gets better. If you can, take a list of your medicines.':
    'Llame al número de urgencias o vaya a urgencias ahora. No conduzca usted, y no espere a ver si mejora. Si puede, lleve una lista de sus medicamentos.',
  'See a doctor today, or within 24 hours at most. Call your doctor or an urgent care service now. Go to an emergency department if things get worse while you wait. For example: new bladder or bowel trouble, or numbness around your bottom.':
    'Vea a un médico hoy, o en 24 horas como mucho. Llame ahora a su médico o a un servicio de urgencias. Vaya a urgencias si empeora mientras espera. Por ejemplo: un problema nuevo de vejiga o intestino, o la piel dormida alrededor del trasero.',
  'Book a visit with a doctor or physio (physiotherapist) within one to two weeks. Until then, stay active and follow your self-care plan. If a warning sign appears, get help sooner.':
    'Pida cita con un médico o un fisio (fisioterapeuta) en una o dos semanas. Mientras tanto, manténgase activo y siga su plan para cuidarse. Si aparece una señal de alarma, pida ayuda antes.',
  'Self-care is a reasonable start: stay active, follow your plan, and track your walks. Book a visit with a doctor or physio if it is not getting better in a month. Book one too if it keeps coming back or stops you doing daily tasks. Get help at once if a warning sign appears, or the time you can walk keeps getting shorter.':
    'Cuidarse usted es un buen comienzo: manténgase activo, siga su plan y anote sus paseos. Pida cita con un médico o un fisio si no mejora en un mes. Pídala también si vuelve una y otra vez o no le deja hacer sus tareas. Pida ayuda enseguida si aparece una señal de alarma, o si el tiempo que puede caminar es cada vez más corto.',
  'We cannot say that self-care is enough, because some warning signs were not checked. Answer them if you can. If you are not sure about one, ask a doctor, nurse or pharmacist.':
    'No podemos decir que cuidarse usted sea suficiente, porque no se comprobaron algunas señales de alarma. Respóndalas si puede. Si no está seguro de alguna, pregunte a un médico, una enfermera o un farmacéutico.',
  'Not checked: {signs}.': 'No comprobado: {signs}.',
  '{present} of {known} signs of the {name}': '{present} de {known} señales del {name}',
  'When to stop and get help': 'Cuándo parar y pedir ayuda',
  'Most back pain when walking is not serious. But some signs mean you need a doctor soon, or even now. Keep this list handy and check it if things change.':
    'La mayoría del dolor de espalda al caminar no es grave. Pero algunas señales quieren decir que necesita un médico pronto, o ahora mismo. Tenga esta lista a mano y mírela si algo cambia.',
  'Get help now if it is new that you find it hard to pee, or you leak pee. Or if you cannot hold your poo. Or if you feel new numbness between your legs, around your bottom or private parts (saddle numbness). Call the emergency number or go to an emergency department.':
    'Pida ayuda ahora si es nuevo que le cuesta orinar, o se le escapa la orina. O si no puede aguantar las heces. O si nota de nuevo la piel dormida entre las piernas, alrededor del trasero o de los genitales (anestesia en silla de montar). Llame al número de urgencias o vaya a urgencias.',
  'Get help now for sudden, severe, tearing pain in your back or belly. Or a pulsing feeling in your belly, or feeling faint with the pain. Call the emergency number.':
    'Pida ayuda ahora si tiene un dolor de golpe, fuerte, como un desgarro, en la espalda o la barriga. O un latido en la barriga, o mareo con el dolor. Llame al número de urgencias.',
  'See a doctor today if a leg or foot gets weaker, a foot slaps the ground, or you trip more.':
    'Vea a un médico hoy si una pierna o un pie se le debilita, el pie golpea el suelo, o tropieza más.',
  'See a doctor today: fever, chills or night sweats with the back pain.':
    'Vea a un médico hoy si tiene fiebre, escalofríos o sudores de noche con el dolor de espalda.',
  'After a bad crash or fall, call the emergency number. If a small fall or injury brings new back pain, see a doctor today.':
    'Tras un choque o una caída grave, llame al número de urgencias. Si una caída o una lesión pequeña le trae un dolor de espalda nuevo, vea a un médico hoy.',
  'See a doctor within days if you lose weight for no clear reason. See one too if you have had cancer and have new back pain.':
    'Vea a un médico en pocos días si pierde peso sin una causa clara. Véalo también si ha tenido cáncer y tiene un dolor de espalda nuevo.',
  'See a doctor within days: pain that keeps getting worse. Or pain that is there all night and no position eases it.':
    'Vea a un médico en pocos días si el dolor sigue empeorando. O si el dolor está ahí toda la noche y ninguna postura lo alivia.',
  'Book a visit: the distance or time you can walk keeps getting shorter. Your walking diary can show this.':
    'Pida cita si la distancia o el tiempo que puede caminar es cada vez más corto. Su diario de paseos puede mostrarlo.',
  'Book a visit: pain that is severe or does not ease with rest. Or pain that stops you doing daily tasks. Or numbness, tingling or weakness in your legs.':
    'Pida cita si el dolor es fuerte o no se alivia con el descanso. O si no le deja hacer sus tareas. O si tiene piel dormida, hormigueo o debilidad en las piernas.',
  'This list is a guide, not a test. If you feel very unwell or worried, get help even if your sign is not on it.':
    'Esta lista es una guía, no una prueba. Si se siente muy mal o preocupado, pida ayuda aunque su señal no esté en ella.',
  'Stay active and avoid bed rest': 'Manténgase activo y evite la cama',
  'Keep up your normal daily tasks as much as you can, even if they hurt a bit. Bed rest does not help back pain and can slow your recovery. Guidelines advise staying active for all kinds of back pain.':
    'Siga con sus tareas de cada día todo lo que pueda, aunque duelan un poco. Quedarse en cama no ayuda al dolor de espalda y puede retrasar la mejoría. Las guías aconsejan mantenerse activo con todo tipo de dolor de espalda.',
  'Keep moving through the day. Get up and move about often when you sit for long.':
    'Siga en movimiento durante el día. Si pasa mucho rato sentado, levántese y muévase a menudo.',
  'Change what you do, not whether you do it. Take breaks, and split big jobs into smaller ones.':
    'Cambie cómo hace las cosas, no si las hace. Haga pausas, y divida las tareas grandes en otras más pequeñas.',
  'Any exercise you enjoy helps, such as walking, swimming, cycling, yoga or tai chi. A group exercise class can help too.':
    'Cualquier ejercicio que le guste ayuda, como caminar, nadar, ir en bicicleta, yoga o taichí. Una clase de ejercicio en grupo también puede ayudar.',
  'Some pain while moving is common, and it does not mean you are doing harm.':
    'Es común sentir algo de dolor al moverse, y no quiere decir que se esté haciendo daño.',
  'If you need to lie down for a short time to ease the pain, that is fine. Then get moving again.':
    'Si necesita tumbarse un rato para aliviar el dolor, no pasa nada. Luego vuelva a moverse.',
  'If a warning sign from the safety list appears, stop and get help first.':
    'Si aparece una señal de alarma de la lista, pare y pida ayuda primero.',
  'Shorter, more frequent walks, built up slowly':
    'Paseos más cortos y más a menudo, aumentando poco a poco',
  'Walking is good for your back. Short walks more often are easier than one long walk. In a large trial, a walking plan that built up slowly over months helped people stay free of new back pain for longer (WalkBack trial).':
    'Caminar es bueno para la espalda. Los paseos cortos más a menudo cuestan menos que un paseo largo. En un ensayo grande, un plan de paseos que aumentaba poco a poco durante meses ayudó a las personas a pasar más tiempo sin un dolor de espalda nuevo (ensayo WalkBack).',
  'Find your start point: how many minutes can you walk before the pain starts? Note it in your walking diary.':
    'Busque su punto de partida: ¿cuántos minutos puede caminar antes de que empiece el dolor? Anótelo en su diario de paseos.',
  'Walk for a little less than that time, but more often. Several short walks a day can be easier than one long one.':
    'Camine un poco menos de ese tiempo, pero más a menudo. Varios paseos cortos al día pueden costar menos que uno largo.',
  'Each week, add a few minutes if your pain has stayed settled. If a walk leaves your pain worse the next day, go back to the last level that felt fine.':
    'Cada semana, añada unos minutos si el dolor se ha mantenido tranquilo. Si un paseo le deja más dolor al día siguiente, vuelva al último nivel que le sentó bien.',
  'Aim, over a few months, for about 30 minutes of walking 5 times a week. That was the goal in the WalkBack trial.':
    'Con el tiempo, en unos meses, intente caminar unos 30 minutos 5 veces a la semana. Esa era la meta del ensayo WalkBack.',
  'Keep a simple record of each walk: minutes walked, minutes until pain, and pain before and after. It shows your progress and helps your doctor.':
    'Anote cada paseo de forma sencilla: minutos caminados, minutos hasta el dolor, y el dolor antes y después. Muestra cómo avanza y ayuda a su médico.',
  'Walking more can cause aches in the legs or feet. Ease off for a few days if it does.':
    'Caminar más puede dar molestias en las piernas o los pies. Si pasa, afloje unos días.',
  'Does sitting or bending forward ease pain in your legs? Then use the interval walking plan instead.':
    '¿Sentarse o inclinarse hacia delante le alivia el dolor de las piernas? Entonces use en su lugar el plan de caminar y descansar.',
  'Does your calf cramp when you walk? If you also smoke, or have diabetes or heart disease, see a doctor before you walk more.':
    '¿Le da un calambre en la pantorrilla al caminar? Si además fuma, o tiene diabetes o una enfermedad del corazón, vea a un médico antes de caminar más.',
  'Ease back in after doing more than usual': 'Vuelva poco a poco tras hacer más de lo normal',
  'Did you recently walk further, faster or more often? Or start again after a long break? Your muscles may just need time to adapt. Sore muscles after a new activity often get better in a few days.':
    '¿Ha caminado hace poco más lejos, más rápido o más a menudo? ¿O volvió a empezar tras mucho tiempo? Puede que sus músculos solo necesiten tiempo para acostumbrarse. El dolor muscular tras una actividad nueva suele mejorar en unos días.',
  'Cut back to a distance or pace that felt fine before the pain began.':
    'Baje a una distancia o un ritmo que le sentaba bien antes de que empezara el dolor.',
  'Then add a little each week, not each day. Go up in small steps.':
    'Luego añada un poco cada semana, no cada día. Suba en pasos pequeños.',
  'Soreness that starts a day or two after a new activity, and fades over a few days, is common. It is not the same as pain that comes on during a walk and makes you stop.':
    'Las agujetas que empiezan uno o dos días después de una actividad nueva, y se pasan en unos días, son comunes. No son lo mismo que un dolor que aparece durante el paseo y le hace parar.',
  'Keep moving gently while it settles. Short walks and light stretches are fine.':
    'Siga moviéndose con suavidad mientras se calma. Los paseos cortos y los estiramientos suaves están bien.',
  'Book a visit with a doctor or physio (physiotherapist) if the pain does not ease when you cut back. Book one too if it gets worse.':
    'Pida cita con un médico o un fisio (fisioterapeuta) si el dolor no se alivia al hacer menos. Pídala también si empeora.',
  'Strengthen your trunk and hips': 'Fortalezca el tronco y la cadera',
  'Strong trunk (core) and hip muscles can help you walk with more ease. Any kind of exercise helps back pain. So-called core exercises have not been shown to work better than other exercise, so pick ones you like and can keep doing (Saragiotto 2016, Owen 2020).':
    'Unos músculos del tronco (zona media) y de la cadera fuertes pueden ayudarle a caminar con más facilidad. Cualquier tipo de ejercicio ayuda al dolor de espalda. No se ha visto que los llamados ejercicios de zona media funcionen mejor que otros, así que elija los que le gusten y pueda seguir haciendo (Saragiotto 2016, Owen 2020).',
  'Pelvic tilt: 1. Lie on your back with knees bent and feet flat. 2. Gently flatten your low back into the floor by tightening your belly. 3. Hold for a few seconds, then relax. Repeat a few times.':
    'Báscula de pelvis: 1. Túmbese boca arriba con las rodillas dobladas y los pies planos. 2. Apriete un poco la barriga para pegar la parte baja de la espalda al suelo. 3. Aguante unos segundos y luego relaje. Repítalo unas veces.',
  'Bridge: 1. Lie on your back with knees bent and feet flat. 2. Squeeze your bottom and lift your hips until your body is in a line from knees to shoulders. 3. Hold for a few seconds, then lower slowly.':
    'Puente: 1. Túmbese boca arriba con las rodillas dobladas y los pies planos. 2. Apriete las nalgas y suba la cadera hasta que el cuerpo haga una línea de las rodillas a los hombros. 3. Aguante unos segundos y luego baje despacio.',
  'Bird-dog: 1. Get on your hands and knees. 2. Keep your back flat and reach one arm forward and the other leg back. 3. Hold for a few seconds, then swap sides. Only lift as far as you can keep your back still.':
    'Perro de caza: 1. Póngase a cuatro patas. 2. Mantenga la espalda plana y estire un brazo hacia delante y la pierna contraria hacia atrás. 3. Aguante unos segundos y luego cambie de lado. Suba solo hasta donde pueda mantener la espalda quieta.',
  'Side-lying leg lift: 1. Lie on your side with your bottom knee bent. 2. Keep your top leg straight and lift it a little way up. 3. Lower it slowly. Do both sides.':
    'Elevación de pierna de lado: 1. Túmbese de lado con la rodilla de abajo doblada. 2. Mantenga recta la pierna de arriba y súbala un poco. 3. Bájela despacio. Hágalo con los dos lados.',
  'Clam: 1. Lie on your side with both knees bent and your feet together. 2. Keep your feet touching and lift your top knee. 3. Lower it slowly. Do both sides.':
    'Almeja: 1. Túmbese de lado con las dos rodillas dobladas y los pies juntos. 2. Mantenga los pies juntos y suba la rodilla de arriba. 3. Bájela despacio. Hágalo con los dos lados.',
  'Start with a few of each, once a day. Add more as they get easier. Breathe out as you lift, and do not hold your breath.':
    'Empiece con unas pocas de cada uno, una vez al día. Haga más según le cuesten menos. Suelte el aire al subir, y no aguante la respiración.',
  'Stop an exercise that makes pain spread further down your leg, or that causes sharp pain.':
    'Deje un ejercicio que haga bajar el dolor más por la pierna, o que cause un dolor agudo.',
  'Ask a doctor or physio (physiotherapist) first if you have weak bones (osteoporosis). Ask first too if you had a fall or an operation not long ago.':
    'Pregunte antes a un médico o un fisio (fisioterapeuta) si tiene los huesos frágiles (osteoporosis). Pregunte antes también si se cayó o le operaron hace poco.',
  'If getting down to the floor is hard, some of these can be done on a bed.':
    'Si le cuesta bajar al suelo, algunos de estos se pueden hacer en la cama.',
  'Tips for how you stand and walk': 'Consejos para estar de pie y caminar',
  'How you walk matters as well as how far. These cues come from the article and common advice. No trial has tested them, so use the ones that feel better for you.':
    'Cómo camina importa tanto como cuánto camina. Estos consejos vienen del artículo y de consejos comunes. Ningún ensayo los ha probado, así que use los que le sienten mejor.',
  'Stand tall, with your shoulders relaxed and gently back. Keep your head up, eyes looking ahead, not down.':
    'Póngase recto, con los hombros relajados y un poco hacia atrás. Mantenga la cabeza alta, mirando al frente, no al suelo.',
  'Gently tighten your belly muscles, as if bracing a little. Do not hold your breath.':
    'Apriete un poco los músculos de la barriga, como si se preparara. No aguante la respiración.',
  'Try not to lean far forward or arch your low back a lot.':
    'Intente no inclinarse mucho hacia delante ni arquear mucho la parte baja de la espalda.',
  'Take even steps of the same length on each side. Shorter steps can feel easier than long strides.':
    'Dé pasos iguales, del mismo largo en cada lado. Los pasos más cortos pueden costar menos que los largos.',
  'Let your arms swing freely. Carry bags in both hands, or use a backpack, rather than one heavy bag on one side.':
    'Deje que los brazos se balanceen libres. Lleve las bolsas en las dos manos, o use una mochila, mejor que una bolsa pesada en un lado.',
  'If leaning forward is what eases pain in your legs, do not force yourself to stand up straight. That can be a sign of a narrow spine canal (spinal stenosis). See the walk-and-rest plan.':
    'Si lo que le alivia el dolor de las piernas es inclinarse hacia delante, no se obligue a estar recto. Puede ser señal de un canal de la columna estrecho (estenosis de canal lumbar). Mire el plan de caminar y descansar.',
  'Do you limp because of pain in your groin or hip? Then ask a doctor or physio (physiotherapist) to check the hip.':
    '¿Cojea por dolor en la ingle o la cadera? Entonces pida a un médico o un fisio (fisioterapeuta) que le revise la cadera.',
  'Check and change your walking shoes': 'Revise y cambie sus zapatos de caminar',
  'There is little proof that shoes cause back pain. But comfy shoes that fit well and still have their cushioning can make walking easier. Shoe inserts (foot orthotics) are not advised for back pain.':
    'Hay poca prueba de que los zapatos causen dolor de espalda. Pero unos zapatos cómodos, que ajusten bien y aún amortigüen, pueden hacer más fácil caminar. No se aconsejan las plantillas (ortesis del pie) para el dolor de espalda.',
  'Check your walking shoes. Replace them when the cushioning feels flat, or the soles are worn down more on one side.':
    'Revise sus zapatos de caminar. Cámbielos cuando la amortiguación esté aplastada, o la suela esté más gastada en un lado.',
  'Choose shoes that fit well, hold your heel firmly, have a cushioned sole and leave room for your toes.':
    'Elija zapatos que ajusten bien, sujeten firme el talón, tengan una suela que amortigüe y dejen sitio a los dedos.',
  'Avoid high heels, and flat shoes with no support, for longer walks.':
    'Evite los tacones, y los zapatos planos sin apoyo, en los paseos largos.',
  'Shop for new shoes with the socks you walk in, and walk around the shop before you buy.':
    'Compre zapatos nuevos con los calcetines con los que camina, y camine por la tienda antes de comprar.',
  'Guidelines do not advise shoe inserts (foot orthotics) or rocker soles for back pain. A review found inserts did not clearly prevent back pain.':
    'Las guías no aconsejan plantillas (ortesis del pie) ni suelas curvas para el dolor de espalda. Una revisión vio que las plantillas no evitaban claramente el dolor de espalda.',
  'If you have diabetes or numb feet, check your feet for rubs or sores after you walk in new shoes.':
    'Si tiene diabetes o los pies dormidos, mírese los pies por si hay roces o heridas tras caminar con zapatos nuevos.',
  'Choose softer, even ground': 'Elija un suelo más blando y llano',
  'Walking on softer ground, like grass or dirt paths, may feel easier on your back than concrete. No trial has tested this, so see what works for you.':
    'Caminar por suelo más blando, como hierba o caminos de tierra, puede sentarle mejor a la espalda que el cemento. Ningún ensayo lo ha probado, así que vea qué le funciona.',
  'Try softer ground such as grass, park paths, dirt trails or a running track.':
    'Pruebe un suelo más blando, como hierba, caminos de parque, senderos de tierra o una pista de atletismo.',
  'Pick flat, even paths at first. Add slopes once flat walks feel fine.':
    'Al principio elija caminos llanos y lisos. Añada cuestas cuando los paseos llanos le sienten bien.',
  'If going downhill makes it worse, choose flat routes or take smaller steps on the way down.':
    'Si bajar cuestas lo empeora, elija rutas llanas o dé pasos más cortos al bajar.',
  'Note the surface in your walking diary, so you can see what suits you.':
    'Anote el tipo de suelo en su diario de paseos, para ver qué le sienta bien.',
  'Rough or uneven ground can make you trip. Stay on smooth paths if your balance is poor, your feet are numb, or a leg feels weak.':
    'El suelo irregular puede hacerle tropezar. Vaya por caminos lisos si tiene mal equilibrio, los pies dormidos o una pierna débil.',
  'Try walking poles': 'Pruebe los bastones de marcha',
  'Some people find that walking poles make them steadier and take some load off the back. In a trial, Nordic walking with poles was no better than simple advice to stay active (Hartvigsen 2010). So they are an option, not a must.':
    'Algunas personas notan que los bastones de marcha les dan más estabilidad y quitan algo de carga a la espalda. En un ensayo, la marcha nórdica con bastones no fue mejor que el simple consejo de mantenerse activo (Hartvigsen 2010). Así que son una opción, no una obligación.',
  'Set the poles so your elbows are bent at about a right angle when the tips are on the ground.':
    'Ajuste los bastones para que los codos queden doblados más o menos en ángulo recto cuando las puntas tocan el suelo.',
  'Plant each pole in time with the opposite foot, as your arms would swing.':
    'Apoye cada bastón a la vez que el pie contrario, como se balancearían los brazos.',
  'Start on flat, even ground, and keep your walks short at first.':
    'Empiece por suelo llano y liso, y al principio haga paseos cortos.',
  'Had a fall, or have poor balance or weak bones (osteoporosis)? Ask a physio (physiotherapist) to check your poles and show you how to use them.':
    '¿Se ha caído, o tiene mal equilibrio o los huesos frágiles (osteoporosis)? Pida a un fisio (fisioterapeuta) que revise sus bastones y le enseñe a usarlos.',
  'Walk, rest and repeat (interval walking)': 'Camine, descanse y repita (marcha a intervalos)',
  'If pain or heavy legs come on as you walk and ease when you sit or bend forward, short bouts of walking with rests in between can help you walk more in total. This is common advice. No trial has tested this plan itself.':
    'Si el dolor o el peso en las piernas aparece al caminar y se alivia al sentarse o inclinarse, caminar en tramos cortos con descansos entre medias puede ayudarle a caminar más en total. Es un consejo común. Ningún ensayo ha probado este plan en sí.',
  'Walk until your symptoms are mild to moderate. Do not push on until the pain is bad.':
    'Camine hasta que las molestias sean leves o medias. No siga hasta que el dolor sea fuerte.',
  'Then sit down, or lean forward on a bench, rail, trolley or walker (rollator). Wait until it settles.':
    'Luego siéntese, o inclínese hacia delante apoyado en un banco, una barandilla, un carrito o un andador. Espere hasta que se calme.',
  'Walk again, and repeat. Count the total minutes walked, not the longest bout.':
    'Vuelva a caminar, y repita. Cuente el total de minutos caminados, no el tramo más largo.',
  'Over weeks, try to make each walking bout a little longer.':
    'Con las semanas, intente que cada tramo sea un poco más largo.',
  'Cycling, or an exercise bike, keeps your back bent a little forward and is often easier. It is a good way to stay fit on days when walking is hard.':
    'La bicicleta, o la bicicleta estática, mantiene la espalda un poco inclinada hacia delante y suele costar menos. Es una buena forma de mantenerse en forma los días en que caminar cuesta.',
  'Stop and get help if your legs feel weaker each time. Stop too if you have new trouble with your bladder or bowels (see the safety list).':
    'Pare y pida ayuda si nota las piernas más débiles cada vez. Pare también si tiene un problema nuevo de vejiga o intestino (mire la lista de seguridad).',
  'A doctor or physio (physiotherapist) should check a narrow spine canal. Exercise with a physio may help more than on your own.':
    'Un médico o un fisio (fisioterapeuta) debe revisar un canal de la columna estrecho. Hacer ejercicio con un fisio puede ayudar más que hacerlo solo.',
  'Lean forward on a trolley or walker': 'Apóyese hacia delante en un carrito o un andador',
  'Bending forward a little makes more room for the nerves in your lower back. Leaning on a trolley or a walker (rollator) can help you walk further. In a small study, people with a narrow canal walked longer when bent forward.':
    'Inclinarse un poco hacia delante da más sitio a los nervios de la zona lumbar. Apoyarse en un carrito o un andador puede ayudarle a caminar más lejos. En un estudio pequeño, las personas con un canal estrecho caminaban más rato inclinadas hacia delante.',
  'When shopping, push a trolley and lean gently on it.':
    'Al hacer la compra, empuje un carrito y apóyese en él con suavidad.',
  'For longer walks, try a wheeled walker (rollator) with a seat, so you can sit and rest when you need to.':
    'Para paseos más largos, pruebe un andador con ruedas y asiento, para sentarse a descansar cuando lo necesite.',
  'Ask a physio (physiotherapist) to set the handle height for you.':
    'Pida a un fisio (fisioterapeuta) que le ajuste la altura del manillar.',
  'Plan walks with benches along the way.': 'Planee paseos con bancos por el camino.',
  'Have you had falls, or is your balance poor? Then ask a physio (physiotherapist) to help you choose a walker and set it up.':
    '¿Se ha caído alguna vez, o tiene mal equilibrio? Entonces pida a un fisio (fisioterapeuta) que le ayude a elegir un andador y ajustarlo.',
  'A walking plan for narrow leg arteries':
    'Un plan de paseos para las arterias estrechas de las piernas',
  'If narrow leg arteries cause your calf pain, the best first step is a walking plan run by a health team (AHA/ACC guideline, class 1A). Start only after a doctor has checked you.':
    'Si las arterias estrechas de las piernas causan su dolor de pantorrilla, el mejor primer paso es un plan de paseos dirigido por un equipo sanitario (guía AHA/ACC, clase 1A). Empiece solo después de que le haya visto un médico.',
  'See a doctor first. A simple test compares blood pressure in your ankle and arm (ankle-brachial index).':
    'Vea primero a un médico. Una prueba sencilla compara la tensión en el tobillo y en el brazo (índice tobillo-brazo).',
  'If the doctor agrees, ask to join a walking plan run by a health team (supervised exercise therapy).':
    'Si el médico está de acuerdo, pida entrar en un plan de paseos dirigido por un equipo sanitario (ejercicio supervisado).',
  'The plan: walk until the calf pain is moderate, stop and rest until it goes, then walk again. Repeat this through the session.':
    'El plan: camine hasta que el dolor de pantorrilla sea medio, pare y descanse hasta que se pase, y vuelva a caminar. Repítalo durante la sesión.',
  'If you smoke, stopping is one of the most useful things you can do for your leg arteries. Ask for help to quit.':
    'Si fuma, dejarlo es de lo más útil que puede hacer por las arterias de sus piernas. Pida ayuda para dejarlo.',
  'Stop and get help if you have chest pain, feel very short of breath, or feel faint while walking.':
    'Pare y pida ayuda si le duele el pecho, le falta mucho el aire o se marea al caminar.',
  'A cold, pale, painful foot or leg at rest, or a sore on the foot that does not heal, needs a doctor the same day. Sudden cases are an emergency.':
    'Un pie o una pierna fríos, pálidos y con dolor en reposo, o una herida en el pie que no se cura, necesita un médico el mismo día. Si pasa de golpe, es una urgencia.',
  'Heat for a flare-up': 'Calor para una crisis',
  'A heat pack or warm wrap on your low back can ease pain for a short time during a flare-up. A guideline rates this as helpful for recent back pain (ACP 2017).':
    'Una bolsa de calor o una faja caliente en la zona lumbar puede aliviar el dolor un rato durante una crisis. Una guía lo valora como útil para el dolor de espalda reciente (ACP 2017).',
  'Use a warm, not hot, heat pack, hot water bottle or heat wrap on your low back.':
    'Use en la zona lumbar una bolsa de calor, una bolsa de agua o una faja caliente, templada y no muy caliente.',
  'Wrap it in a cloth so it does not touch your skin directly.':
    'Envuélvala en un paño para que no toque la piel directamente.',
  'Use it for short spells, and check your skin every few minutes.':
    'Úsela en ratos cortos, y mírese la piel cada pocos minutos.',
  'Stay active with it. Heat eases pain so you can keep moving.':
    'Siga activo mientras la usa. El calor alivia el dolor para que pueda seguir moviéndose.',
  'Do not use heat on numb skin. Take care if you have diabetes or poor feeling in your skin, as you may not notice a burn.':
    'No use calor sobre la piel dormida. Tenga cuidado si tiene diabetes o poca sensibilidad en la piel, porque puede no notar una quemadura.',
  'Do not fall asleep with a heat pack on.': 'No se duerma con una bolsa de calor puesta.',
  'Keep moving while you wait for a joint specialist':
    'Siga activo hasta su cita con el médico de las articulaciones',
  'Back pain that is stiff in the morning and eases as you move can be a sign of swollen, sore joints in the spine (axial spondyloarthritis). A doctor can send you to a joint expert (rheumatologist). Exercise helps you move and eases pain and stiffness.':
    'El dolor de espalda con rigidez por la mañana que se alivia al moverse puede ser señal de articulaciones de la columna hinchadas y doloridas (espondiloartritis axial). Un médico puede enviarle a un especialista en articulaciones (reumatólogo). El ejercicio le ayuda a moverse y alivia el dolor y la rigidez.',
  'Book a visit with your doctor. Ask if you need to see a joint expert (rheumatologist).':
    'Pida cita con su médico. Pregunte si necesita ver a un especialista en articulaciones (reumatólogo).',
  'Move gently first thing in the morning to loosen up. Take a warm shower, then stretch your back and hips slowly.':
    'Muévase con suavidad nada más levantarse para soltarse. Dese una ducha templada y luego estire despacio la espalda y la cadera.',
  'Do some exercise every day. Stretching, strength work, swimming and walking all help.':
    'Haga algo de ejercicio todos los días. Los estiramientos, el trabajo de fuerza, nadar y caminar ayudan.',
  'Write down how long the morning stiffness lasts, and whether pain wakes you at night. Tell your doctor.':
    'Anote cuánto dura la rigidez de la mañana, y si el dolor le despierta de noche. Dígaselo a su médico.',
  'Have you tried a painkiller that calms swelling (an anti-inflammatory, such as ibuprofen)? Tell your doctor if it helped.':
    '¿Ha probado un calmante que baja la hinchazón (un antiinflamatorio, como el ibuprofeno)? Dígale a su médico si le ayudó.',
  'Check the safety list if you have a fever or weight loss. Check it too if you have pain at night that no way of lying eases.':
    'Mire la lista de seguridad si tiene fiebre o pierde peso. Mírela también si tiene dolor de noche que ninguna forma de tumbarse alivia.',
  'Turmeric (curcumin)': 'Cúrcuma (curcumina)',
  'Turmeric is a yellow spice made from a root. Curcumin is the main active part of it. Supplements sell it as powder or as an extract.':
    'La cúrcuma es una especia amarilla que sale de una raíz. La curcumina es su parte activa principal. Los suplementos la venden en polvo o como extracto.',
  'No trial has tested turmeric or curcumin for back pain. One trial in knee arthritis (osteoarthritis) found less knee pain than with a dummy pill (placebo) after 8 weeks. That trial had links to the company that makes the extract. Back pain guidelines do not recommend it.':
    'Ningún ensayo ha probado la cúrcuma o la curcumina para el dolor de espalda. Un ensayo en artrosis de rodilla vio menos dolor de rodilla que con una pastilla falsa (placebo) a las 8 semanas. Ese ensayo tenía relación con la empresa que hace el extracto. Las guías para el dolor de espalda no la recomiendan.',
  'You have liver disease, or had liver trouble from a medicine or supplement. In rare cases, turmeric has hurt the liver. One person died.':
    'Tiene una enfermedad del hígado, o tuvo problemas de hígado por un medicamento o un suplemento. En casos raros, la cúrcuma ha dañado el hígado. Una persona murió.',
  'You have gallstones or a blocked bile duct.':
    'Tiene piedras en la vesícula o un conducto biliar tapado.',
  'You take a blood thinner or a medicine to stop blood clots (anticoagulant or antiplatelet). It may add to the risk of bleeding.':
    'Toma un medicamento para hacer la sangre más líquida o para evitar coágulos (anticoagulante o antiagregante). Puede subir el riesgo de sangrar.',
  'You take medicines where the dose must be just right, such as transplant or cancer medicines. Curcumin can change how the body handles some drugs. Ask a pharmacist.':
    'Toma medicamentos cuya dosis tiene que ser justa, como los de un trasplante o del cáncer. La curcumina puede cambiar cómo el cuerpo maneja algunos medicamentos. Pregunte a un farmacéutico.',
  'You are pregnant or breast-feeding. Supplement doses have not been shown to be safe.':
    'Está embarazada o da el pecho. No se ha visto que las dosis de los suplementos sean seguras.',
  'You have low iron (anaemia). One report linked it to taking up less iron.':
    'Tiene poco hierro (anemia). Un informe lo relacionó con absorber menos hierro.',
  'You are due to have an operation. It is common advice to stop supplements before one.':
    'Le van a operar. Es un consejo común dejar los suplementos antes de una operación.',
  'Boswellia (Indian frankincense)': 'Boswellia (incienso de la India)',
  'Boswellia is a gum (resin) from a tree that grows in India (Boswellia serrata). It is sold as an extract.':
    'La boswellia es una resina de un árbol que crece en la India (Boswellia serrata). Se vende como extracto.',
  'No trial has tested boswellia for back pain. In trials in knee arthritis (osteoarthritis), people who took it had a little less pain, about 8 points on a 100-point scale. Some of these trials were small. Back pain guidelines do not recommend it.':
    'Ningún ensayo ha probado la boswellia para el dolor de espalda. En ensayos en artrosis de rodilla, quienes la tomaron tuvieron un poco menos de dolor, unos 8 puntos en una escala de 100. Algunos de estos ensayos eran pequeños. Las guías para el dolor de espalda no la recomiendan.',
  'You take medicines every day. Little is known about how boswellia mixes with them. Ask a pharmacist first.':
    'Toma medicamentos todos los días. Se sabe poco de cómo se mezcla la boswellia con ellos. Pregunte antes a un farmacéutico.',
  'You have stomach problems. It can cause an upset stomach.':
    'Tiene problemas de estómago. Puede sentarle mal al estómago.',
  'White willow bark': 'Corteza de sauce blanco',
  'The bark of the white willow tree (Salix alba). It contains salicin, which the body turns into a close cousin of aspirin (salicylic acid).':
    'La corteza del sauce blanco (Salix alba). Tiene salicina, que el cuerpo convierte en un pariente cercano de la aspirina (ácido salicílico).',
  'A review of herbal medicines (Cochrane 2014) found that willow bark probably eased long-term low back pain a little more than a dummy pill (placebo). This was for a short time. People also needed fewer extra painkillers. There were only a few trials, and they were short. A daily trial dose can give more of an aspirin-like drug than a low-dose aspirin. Back pain guidelines do not advise it.':
    'Una revisión de medicamentos de plantas (Cochrane 2014) vio que la corteza de sauce probablemente aliviaba un poco más el dolor lumbar de larga duración que una pastilla falsa (placebo). Fue durante poco tiempo. Las personas también necesitaron menos calmantes extra. Había pocos ensayos, y eran cortos. Una dosis diaria de ensayo puede dar más de un medicamento parecido a la aspirina que una aspirina de dosis baja. Las guías para el dolor de espalda no la aconsejan.',
  'You are allergic to aspirin or painkillers like it (NSAIDs such as ibuprofen). Or your asthma gets worse with aspirin.':
    'Tiene alergia a la aspirina o a calmantes parecidos (AINE como el ibuprofeno). O su asma empeora con la aspirina.',
  'Children and teens should not take it. Medicines like aspirin can cause a rare, serious illness in young people (Reye syndrome).':
    'Los niños y los adolescentes no la deben tomar. Los medicamentos como la aspirina pueden causar una enfermedad rara y grave en los jóvenes (síndrome de Reye).',
  'You are pregnant or breast-feeding.': 'Está embarazada o da el pecho.',
  'You take a blood thinner or a medicine to stop blood clots, including daily aspirin (anticoagulant or antiplatelet). It adds to the risk of bleeding.':
    'Toma un medicamento para hacer la sangre más líquida o para evitar coágulos, también la aspirina diaria (anticoagulante o antiagregante). Sube el riesgo de sangrar.',
  'You already take aspirin or painkillers like ibuprofen (NSAIDs). It adds to them. That makes bleeding in the stomach more likely.':
    'Ya toma aspirina o calmantes como el ibuprofeno (AINE). Se suma a ellos. Eso hace más probable sangrar en el estómago.',
  'You have a stomach ulcer, or have had one.': 'Tiene una úlcera de estómago, o la ha tenido.',
  'You have kidney disease.': 'Tiene una enfermedad de los riñones.',
  'Benfotiamine (a form of vitamin B1)': 'Benfotiamina (una forma de vitamina B1)',
  'A form of vitamin B1 (thiamine) that is made in a lab.':
    'Una forma de vitamina B1 (tiamina) hecha en un laboratorio.',
  'No trial has tested benfotiamine on its own for back pain. In trials for sudden low back pain, B vitamins (B1, B6 and B12) were added to a painkiller (diclofenac). This helped more people feel better in 3 days. It does not show that benfotiamine alone helps. Back pain guidelines do not advise it.':
    'Ningún ensayo ha probado la benfotiamina sola para el dolor de espalda. En ensayos de dolor lumbar de golpe, se añadieron vitaminas B (B1, B6 y B12) a un calmante (diclofenaco). Así más personas se sintieron mejor en 3 días. Eso no muestra que la benfotiamina sola ayude. Las guías para el dolor de espalda no la aconsejan.',
  'You take regular medicines. Little is known about how it mixes with them, so ask a pharmacist first.':
    'Toma medicamentos de forma habitual. Se sabe poco de cómo se mezcla con ellos, así que pregunte antes a un farmacéutico.',
  Collagen: 'Colágeno',
  'Collagen is a protein found in skin, bone and joints. Supplements are made from parts of animals, such as cows, fish or chickens. It is often broken into small bits (peptides).':
    'El colágeno es una proteína de la piel, los huesos y las articulaciones. Los suplementos se hacen con partes de animales, como vacas, peces o pollos. A menudo se parte en trozos pequeños (péptidos).',
  'No trial has tested collagen for back pain. A review of 4 small trials in knee wear (osteoarthritis) found less pain. But all the trials had flaws, so the result may not hold. Back pain guidelines do not advise it.':
    'Ningún ensayo ha probado el colágeno para el dolor de espalda. Una revisión de 4 ensayos pequeños en desgaste de rodilla (artrosis) vio menos dolor. Pero todos los ensayos tenían fallos, así que el resultado puede no ser firme. Las guías para el dolor de espalda no lo aconsejan.',
  'You are allergic to fish, beef (bovine), chicken or egg. Check the label for what the collagen is made from.':
    'Tiene alergia al pescado, la carne de vaca (bovina), el pollo o el huevo. Mire en la etiqueta de qué está hecho el colágeno.',
  Glucosamine: 'Glucosamina',
  'Glucosamine is found in the smooth lining of joints (cartilage). Supplements are often made from the shells of shellfish. Some are made without shellfish.':
    'La glucosamina está en la capa lisa que cubre las articulaciones (cartílago). Los suplementos se hacen a menudo con caparazones de marisco. Algunos se hacen sin marisco.',
  'A good trial tested it in 250 people with long-term low back pain and wear in the spine joints (degenerative lumbar osteoarthritis). After 6 months, and after 1 year, it worked no better than a dummy pill (placebo). Back pain guidelines do not advise it.':
    'Un buen ensayo la probó en 250 personas con dolor lumbar de larga duración y desgaste de las articulaciones de la columna (artrosis lumbar degenerativa). A los 6 meses, y al año, no funcionó mejor que una pastilla falsa (placebo). Las guías para el dolor de espalda no la aconsejan.',
  'You take warfarin or a similar blood thinner (coumarin). There are many reports of it raising blood thinning test results (INR), some with bleeding. UK advice is not to take the two together.':
    'Toma warfarina u otro medicamento parecido para hacer la sangre más líquida (cumarina). Hay muchos informes de que sube los resultados del análisis de coagulación (INR), algunos con sangrado. En el Reino Unido se aconseja no tomar las dos cosas juntas.',
  'You take a medicine to stop blood clots (antiplatelet). Ask a pharmacist first.':
    'Toma una medicina para que no se formen coágulos (antiagregante). Pregunte antes en la farmacia.',
  'You have a shellfish allergy. Advice differs: licensed products say do not take it, but some products are not made from shellfish. Ask a pharmacist.':
    'Tiene alergia al marisco. Los consejos no coinciden: los productos registrados dicen que no la tome, pero algunos productos no se hacen con marisco. Pregunte a un farmacéutico.',
  'You have diabetes. Check your blood sugar more often if you start it.':
    'Tiene diabetes. Mírese el azúcar en sangre más a menudo si empieza a tomarla.',
  'You take some cancer medicines (doxorubicin, etoposide or teniposide). It may in theory affect how they work.':
    'Toma algunas medicinas para el cáncer (doxorrubicina, etopósido o tenipósido). En teoría puede cambiar cómo actúan.',
  'No trial has tested any product that mixes these ingredients. The dose of each one in such products is often not known, so results from single-ingredient trials may not apply. Back pain guidelines do not recommend any of them. Have the cause of your pain checked first. Before you take any supplement, ask a pharmacist whether it is safe with your medicines and health conditions.':
    'Ningún ensayo ha probado un producto que mezcle estos ingredientes. A menudo no se sabe la dosis de cada uno en estos productos, así que los resultados de los ensayos de un solo ingrediente pueden no servir. Las guías para el dolor de espalda no recomiendan ninguno. Haga revisar primero la causa de su dolor. Antes de tomar cualquier suplemento, pregunte a un farmacéutico si es seguro con sus medicamentos y su salud.',
};
