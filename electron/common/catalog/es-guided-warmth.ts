import type { enGuidedWarmth } from './en-guided-warmth'

/** Spanish: the words of the guided practices of warmth and of hard moments, keyed as in English. */
export const esGuidedWarmth: typeof enGuidedWarmth = {
  'loving-kindness': {
    intro: 'Busca una postura cómoda, con buen apoyo. Vas a decirte unos deseos amables, en silencio y a tu ritmo: los tuyos, o algunos que te proponemos.',
    closing: 'La amabilidad contigo crece con la práctica, poco a poco. Tus deseos te esperan cuando quieras volver a ellos.',
    steps: {
      settle: {
        title: 'Llegar',
        lines: ['Deja que el cuerpo se acomode en una postura que te sostenga.', 'Puedes cerrar los ojos o dejar que la mirada repose, suave, en algún punto bajo.'],
      },
      touch: {
        title: 'Un gesto amable',
        lines: ['Si te apetece, apoya una mano sobre el corazón, o donde te resulte reconfortante.', 'Si hoy el contacto no te sienta bien, déjalo. La amabilidad también cabe en la atención.'],
      },
      breath: {
        title: 'Sentir la respiración',
        lines: ['Nota la respiración tal como es, sin cambiarla.', 'Siente cómo entra y cómo sale: un ritmo suave que no te pide nada.'],
        anchored: {
          hands: ['Apoya una mano sobre el corazón, o deja las manos juntas en el regazo.', 'Siente su calor y su peso suave, y deja que la atención repose ahí un rato.'],
        },
      },
      wishes: {
        title: 'Tus deseos amables',
        lines: ['Ahora dite tus deseos en silencio, despacio, uno con cada exhalación.', 'Repásalos unas cuantas veces y deja que cada uno llegue antes de pasar al siguiente.'],
        anchored: {
          hands: ['Ahora dite tus deseos en silencio, despacio, mientras sientes el calor de las manos.', 'Repásalos unas cuantas veces, con una pausa entre uno y otro, y deja que cada uno llegue.'],
        },
      },
      false: {
        title: 'Si suenan falsos',
        lines: ['A veces un deseo suena falso, o demasiado grande. Pasa, y no tiene nada de malo.', 'Puedes suavizarlo: “Que empiece a…” o “Que aprenda a…”. Un deseo más pequeño sigue siendo amable.'],
      },
      wander: {
        title: 'Cuando la mente se va',
        lines: ['La mente se irá a otra parte una y otra vez. Forma parte de la práctica.', 'Cuando lo notes, vuelve con suavidad a la respiración y al siguiente deseo.'],
        anchored: {
          hands: ['La mente se irá a otra parte una y otra vez. Forma parte de la práctica.', 'Cuando lo notes, vuelve con suavidad al calor de las manos y al siguiente deseo.'],
        },
      },
      'wishes-again': {
        title: 'Otra vez, despacio',
        lines: ['Vuelve a tus deseos, al ritmo de la respiración, tan despacio como quieras.', 'Importa más el cariño que hay detrás que acertar con las palabras.'],
        anchored: {
          hands: ['Vuelve a tus deseos, con el calor de las manos, tan despacio como quieras.', 'Importa más el cariño que hay detrás que acertar con las palabras.'],
        },
      },
      rest: {
        title: 'Descansar',
        lines: ['Deja que las palabras se vayan por un momento.', 'Quédate con lo que haya: calidez, calma o nada en especial. Todo tiene cabida.'],
      },
      return: {
        title: 'Volver',
        lines: ['Deja que la atención se abra a todo el cuerpo y a la habitación que te rodea.', 'Abre los ojos cuando quieras y llévate un poco de esta amabilidad.'],
      },
    },
  },
  'soften-soothe-allow': {
    intro: 'Busca un sitio donde nadie te interrumpa durante unos minutos, en una silla o donde puedas tumbarte. Vas a trabajar con algo un poco difícil, no con lo más duro de tu vida.',
    closing: 'Has recibido algo difícil con amabilidad, aunque sea por un momento. Por hoy es suficiente.',
    steps: {
      arrive: {
        title: 'Llegar',
        lines: ['Deja que el cuerpo se acomode. Cierra los ojos si quieres, o baja la mirada.', 'Tómate un momento para notar que estás aquí.'],
      },
      'way-out': {
        title: 'Siempre puedes parar',
        lines: ['Si en algún momento se vuelve demasiado, siente los pies en el suelo, o abre los ojos y mira a tu alrededor.', 'También puedes parar sin más. Cuidarte forma parte de la práctica.'],
      },
      difficulty: {
        title: 'Algo pequeño',
        lines: ['Trae a la mente algo que te inquiete un poco: una preocupación menor, un roce, algo de estrés.', 'Elige algo leve, no lo más duro. Deja que se haga presente lo justo para sentirlo.'],
      },
      name: {
        title: 'Ponerle nombre',
        lines: ['Mira si hay una palabra para lo que sientes: preocupación, tristeza, enfado, soledad, decepción… u otra.', 'Dítela en un tono suave y comprensivo, como nombrarías lo que siente una persona a la que quieres.'],
        answerLabel: 'Una palabra para la emoción (opcional)',
      },
      body: {
        title: 'Dónde está',
        lines: ['Ahora recorre el cuerpo con la atención. ¿Dónde notas más esta emoción?', 'Quizá una tensión, un peso o una molestia. Si nada destaca, no pasa nada: deja la atención en el pecho o en el vientre.'],
      },
      soften: {
        title: 'Suavizar',
        lines: ['Deja que los músculos alrededor de esa zona se aflojen un poco, como si les llegara algo de calor.', 'No se trata de que la emoción desaparezca, sino de sostenerla con algo más de suavidad.'],
      },
      soothe: {
        title: 'Calmar',
        lines: ['Si te apetece, apoya una mano sobre el corazón o sobre esa zona, y siente su calor.', 'Dite unas palabras amables, como a alguien que te importa: “Esto es difícil. Tiene sentido que duela.”'],
      },
      allow: {
        title: 'Permitir',
        lines: ['Deja que la emoción esté aquí, tal como es, sin apartarla ni aferrarte a ella.', 'Puede crecer, menguar o cambiar. Deja que venga y se vaya, como nubes que pasan.'],
      },
      together: {
        title: 'Suavizar, calmar, permitir',
        lines: ['Vuelve a los tres en el orden que te ayude: suavizar, calmar, permitir.', 'Despacio, y solo en la medida en que te parezca bien.'],
      },
      'let-go': {
        title: 'Soltar',
        lines: ['Suelta la situación por ahora y siente todo el cuerpo, tal como está.', 'Nota los pies en el suelo y los sonidos de alrededor. Abre los ojos cuando quieras.'],
      },
    },
  },
  'compassionate-friend': {
    intro: 'Busca una postura cómoda, en un sitio donde puedas descansar unos minutos. Es una práctica de imaginación: lo que venga está bien, y lo que no venga, también.',
    closing: 'La amabilidad que has sentido salió de ti. Puedes volver a ese lugar, y a esa presencia, siempre que quieras.',
    steps: {
      settle: {
        title: 'Llegar',
        lines: ['Busca una postura cómoda y deja que la silla o el suelo te sostengan.', 'Cierra los ojos si te parece bien, o deja que la mirada descanse, suave.'],
      },
      permission: {
        title: 'Lo que venga',
        lines: ['Las imágenes pueden llegar nítidas, borrosas o no llegar. Basta con una sensación, una intuición.', 'Si no aparece nada, está bien. Puedes descansar aquí y escuchar las palabras.'],
      },
      place: {
        title: 'Un lugar seguro',
        lines: ['Imagina un lugar donde te sientas a salvo y en calma. Puede ser real o inventado por completo.', 'Fíjate en lo que te rodea allí: la luz, los sonidos, el aire en la piel.'],
      },
      there: {
        title: 'Estar allí',
        lines: ['Deja que el cuerpo se acomode en ese lugar. Aquí no tienes que hacer nada.', 'Nota cómo se siente el cuerpo cuando está a salvo y como en casa.'],
      },
      arrival: {
        title: 'Llega alguien',
        lines: ['Al poco llega una visita: una presencia cálida, sabia y completamente de tu parte.', 'Puede ser alguien que conoces, un personaje de una historia, un animal o simplemente una luz. Deja que sea lo que venga.'],
      },
      greeting: {
        title: 'El encuentro',
        lines: ['Elige cómo encontrarte con esa presencia: puedes ir hacia ella o dejar que se acerque.', 'Busca la cercanía que te siente bien, al lado o a un poco de distancia.'],
      },
      with: {
        title: 'En su compañía',
        lines: ['Date cuenta de cómo es estar con alguien que te acepta por completo.', 'Sabe lo que llevas encima, y se alegra de estar contigo, tal como eres.'],
      },
      words: {
        title: 'Lo que necesitas oír',
        lines: ['Tiene algo que decirte: las palabras que más necesitas ahora.', 'Escúchalas sin prisa. Si no llegan palabras, su compañía basta.'],
        answerLabel: '¿Qué te dice? (opcional)',
      },
      reply: {
        title: 'Responder, si quieres',
        lines: ['Quizá quieras decirle algo, o preguntarle algo.', 'O quizá prefieras quedarte en silencio en su compañía. Las dos cosas están bien.'],
      },
      goodbye: {
        title: 'Despedirse',
        lines: ['Cuando llegue el momento, la visita se marcha, sabiendo que puedes volver a encontrarla cuando quieras.', 'Déjala ir de la manera que te parezca bien.'],
      },
      warmth: {
        title: 'El calor se queda',
        lines: ['Nota que el calor que has sentido sigue aquí.', 'Esa amabilidad salió de ti. Siempre ha sido tuya, y se queda contigo.'],
      },
      return: {
        title: 'Volver a la habitación',
        lines: ['Deja que el lugar se desvanezca despacio. Siente de nuevo la silla o el suelo, y los sonidos de la habitación.', 'Abre los ojos cuando quieras y tómate un momento antes de seguir.'],
      },
    },
  },
  'giving-and-receiving': {
    intro: 'Busca una postura en la que notes apoyo. Vas a repartir cuidado entre tú y otra persona, en la proporción que hoy te parezca bien.',
    closing: 'El cuidado puede ir en las dos direcciones, hacia ti y desde ti. No hace falta elegir entre una y otra.',
    steps: {
      settle: {
        title: 'Llegar',
        lines: ['Deja que el cuerpo se asiente y que los hombros bajen un poco, si quieren.', 'Cierra los ojos si te apetece, o deja que la mirada descanse, suave.'],
      },
      breath: {
        title: 'Encontrar un ritmo',
        lines: ['Nota la respiración, que va y viene por sí sola.', 'Si la forma de la pantalla te ayuda, respira con ella. Si no, deja la respiración como está.'],
        anchored: {
          hands: ['Apoya las manos en el regazo o sobre las rodillas.', 'Deja que una sea la mano que recibe, para ti, y la otra la que da, para otra persona.'],
        },
      },
      'in-for-you': {
        title: 'Inhalar para ti',
        lines: ['Con cada inhalación, recibe algo de cuidado para ti: calidez, alivio, lo que necesites.', 'Deja que te llene poco a poco, respiración a respiración.'],
        anchored: {
          hands: ['Presiona con suavidad la mano que recibe contra la pierna o el pecho, como si acogieras cuidado para ti.', 'Afloja y vuelve a presionar, despacio, a tu ritmo.'],
        },
      },
      someone: {
        title: 'Alguien a quien quieres',
        lines: ['Ahora trae a la mente a alguien a quien te resulte fácil querer: una amistad, alguien de tu familia, una mascota.', 'Quizá alguien a quien le vendría bien un poco de cariño ahora. Deja que esté cerca, en tu mente.'],
      },
      'out-for-them': {
        title: 'Exhalar para esa persona',
        lines: ['Con cada exhalación, envía parte de ese cuidado hacia esa persona.', 'No hace falta esfuerzo. Deja que salga con la misma facilidad con que sale el aire.'],
        anchored: {
          hands: ['Deja que la mano que da se abra despacio, con la palma hacia arriba, como si le ofrecieras calor.', 'Ciérrala con suavidad y vuelve a abrirla, tan despacio como quieras.'],
        },
      },
      both: {
        title: 'Para ti y para ella',
        lines: ['Ahora deja que la respiración lleve las dos cosas: al inhalar, cuidado para ti; al exhalar, para esa persona.', 'Un ir y venir suave de cuidado, sin forzar nada.'],
        anchored: {
          hands: ['Ahora deja que las manos se turnen: una presión suave para ti, una apertura suave para esa persona.', 'Un ir y venir suave de cuidado, sin forzar nada.'],
        },
      },
      ratio: {
        title: 'Lo que hace falta',
        lines: ['Si ahora necesitas más cuidado, deja que más respiraciones sean para ti. Si lo necesita más esa persona, envíale más.', 'O mantenlo a partes iguales. Puedes cambiar el equilibrio en cualquier momento.'],
        anchored: {
          hands: ['Si ahora necesitas más cuidado, deja que la mano que recibe tenga más turnos. Si lo necesita más esa persona, abre más a menudo la otra.', 'O mantenlo a partes iguales. Puedes cambiar el equilibrio en cualquier momento.'],
        },
      },
      others: {
        title: 'Abrir el círculo, si quieres',
        lines: ['Si te vienen a la mente otras personas, deja que el cuidado les llegue también.', 'O sigue con esa persona nada más. Hay para todo el mundo, también para ti.'],
      },
      rest: {
        title: 'Descansar',
        lines: ['Suelta la práctica y descansa un momento, tal como estás.', 'Cuando quieras, abre los ojos y vuelve a la habitación.'],
      },
    },
  },
}
