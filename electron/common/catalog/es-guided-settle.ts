import type { enGuidedSettle } from './en-guided-settle'

/** Spanish: the words of the guided practices that settle and steady attention, keyed as in English. */
export const esGuidedSettle: typeof enGuidedSettle = {
  'affectionate-breathing': {
    intro: 'Busca una postura cómoda y con buen apoyo, con la espalda recta pero sin rigidez. Cierra los ojos si quieres, o deja la mirada baja.',
    closing: 'Aquello en lo que te has apoyado hoy siempre está a tu alcance. Puedes volver a ello, con cariño, en cualquier momento del día.',
    steps: {
      arrive: {
        title: 'Acomodarse',
        lines: ['Deja que el cuerpo encuentre su sitio en la silla, con su peso y sin prisa.', 'Durante estos minutos no hay nada que tengas que hacer bien.'],
      },
      hand: {
        title: 'Una mano amable',
        lines: ['Si quieres, apoya una mano sobre el corazón, o donde te resulte reconfortante.', 'Es un pequeño gesto para recordar que estás aquí con cariño, no solo con atención. Déjala ahí o retírala, como prefieras.'],
      },
      find: {
        title: 'Encontrar la respiración',
        lines: ['Nota la respiración allí donde la sientas con más facilidad: el vientre, el pecho, la nariz.', 'No hace falta cambiarla. Déjala tal como es.'],
        anchored: {
          feet: ['Lleva la atención a las plantas de los pies, donde tocan el suelo.', 'Nota la presión, el calor o el frescor, tal como son.'],
          sounds: ['Abre la atención a los sonidos que te rodean, cercanos y lejanos.', 'No hace falta ponerles nombre. Deja que lleguen.'],
        },
      },
      rocking: {
        title: 'Mecerse con suavidad',
        lines: ['Siente cómo el cuerpo se mueve un poco con cada respiración: sube y se asienta.', 'Deja que te meza, como a una barca pequeña en un mar en calma.', 'Si la forma de la pantalla te ayuda, deja que te acompañe. Tu propio ritmo siempre está bien.'],
        anchored: {
          feet: ['Nota los pequeños cambios en los pies mientras el cuerpo se asienta, un vaivén casi imperceptible.', 'Deja que el suelo te sostenga, firme y paciente.'],
          sounds: ['Deja que los sonidos vayan y vengan como olas pequeñas, que crecen y se apagan.', 'No tienes que hacer nada con ellos. Deja que te mezan con suavidad.'],
        },
      },
      wander: {
        title: 'Cuando la atención se va',
        lines: ['La mente se irá a otra parte. Es lo que hacen las mentes.', 'Cuando te des cuenta, vuelve a la respiración como quien recibe a alguien querido que regresa a casa.'],
        anchored: {
          feet: ['La mente se irá a otra parte. Es lo que hacen las mentes.', 'Cuando te des cuenta, vuelve a los pies como quien recibe a alguien querido que regresa a casa.'],
          sounds: ['La mente se irá a otra parte. Es lo que hacen las mentes.', 'Cuando te des cuenta, vuelve a los sonidos como quien recibe a alguien querido que regresa a casa.'],
        },
      },
      caress: {
        title: 'Una caricia suave',
        lines: ['Fíjate en cómo la respiración te cuida sin que se lo pidas, momento a momento.', 'Si quieres, deja que se sienta como una caricia suave que te calma por dentro.'],
        anchored: {
          feet: ['Fíjate en cómo el suelo te sostiene sin que se lo pidas, momento a momento.', 'Si quieres, deja que ese apoyo constante se sienta como un gesto amable.'],
          sounds: ['Fíjate en cómo los sonidos te llegan por sí mismos, sin ningún esfuerzo por tu parte.', 'Si quieres, limítate a recibirlos, como recibirías una palabra amable.'],
        },
      },
      whole: {
        title: 'Todo el cuerpo',
        lines: ['Deja que la atención se abra hasta sentir que respira todo el cuerpo, no solo un lugar.', 'Hombros, espalda y vientre, moviéndose juntos con suavidad.'],
        anchored: {
          feet: ['Deja que la atención suba de los pies a las piernas, y luego a todo el cuerpo.', 'Siente el cuerpo entero descansando aquí, firme y con apoyo.'],
          sounds: ['Deja que la atención se abra para acoger todos los sonidos a la vez.', 'Y a ti en medio de ellos, escuchando con todo el cuerpo.'],
        },
      },
      letgo: {
        title: 'Dejarse respirar',
        lines: ['Ahora deja de observar tan de cerca.', 'Deja que la respiración suceda por sí misma, y descansa en su ritmo, con un vaivén suave.'],
        anchored: {
          feet: ['Ahora deja de prestar tanta atención.', 'Simplemente descansa, sintiendo el suelo bajo los pies.'],
          sounds: ['Ahora deja de escuchar con tanto detalle.', 'Simplemente descansa, con los sonidos moviéndose a tu alrededor.'],
        },
      },
      widen: {
        title: 'Volver',
        lines: ['Suelta cualquier foco y nota cómo te sientes ahora mismo.', 'Cuando quieras, abre los ojos y deja que la habitación vuelva.'],
      },
    },
  },
  'soles-of-the-feet': {
    intro: 'Ponte de pie si puedes, con los pies separados a la anchura de las caderas. En una silla, con los dos pies en el suelo, sirve igual.',
    closing: 'Tus pies te acompañan siempre. Cuando algo te desborde, puedes volver a ellos.',
    steps: {
      arrive: {
        title: 'Llegar',
        lines: ['Deja los brazos sueltos, o las manos sobre el regazo.', 'Durante estos minutos no tienes que estar en ningún otro sitio.'],
      },
      soles: {
        title: 'Las plantas de los pies',
        lines: ['Baja la atención hasta las plantas de los pies.', 'Nota la presión donde tocan el suelo y lo que haya además: calor, frescor, el tacto de los calcetines.'],
      },
      rock: {
        title: 'Balancearse suavemente',
        lines: ['Lleva el peso despacio hacia los dedos y luego hacia los talones.', 'Después de un lado a otro, tan despacio como quieras, sintiendo cómo cambia la presión.'],
      },
      toes: {
        title: 'Pequeños movimientos',
        lines: ['Levanta un poco los dedos y vuelve a bajarlos.', 'Fíjate en todo el trabajo que hacen tus pies, en silencio, el día entero.'],
      },
      wander: {
        title: 'Cuando la mente se va',
        lines: ['Vendrán pensamientos: es lo que hace la mente.', 'Cada vez que notes que te has ido, vuelve a los pies, sin reñirte.'],
      },
      thanks: {
        title: 'Un poco de gratitud',
        lines: ['Estas superficies tan pequeñas te sostienen por completo, paso a paso.', 'Si te parece bien, dales un momento de agradecimiento.'],
      },
      widen: {
        title: 'Abrir la atención',
        lines: ['Deja que la atención se abra a todo el cuerpo, de pie o en la silla.', 'Y luego a la habitación que te rodea, cuando quieras.'],
      },
    },
  },
  'body-scan': {
    intro: 'Busca una postura con buen apoyo, en la silla o tumbándote si tienes sitio. Puedes tener los ojos abiertos o cerrados, lo que te resulte más cómodo.',
    closing: 'Gracias por dedicar este rato a tu cuerpo. Te ha acompañado todo el tiempo, y puede llevar un poco de esta amabilidad al resto del día.',
    steps: {
      arrive: {
        title: 'Llegar',
        lines: ['Deja que el cuerpo se asiente, y cierra los ojos o deja la mirada baja.', 'Vas a recorrer el cuerpo despacio, parte por parte, con amabilidad.', 'Si en algún momento algo te resulta demasiado, vuelve a los pies o a los sonidos de alrededor, o para aquí. Las dos cosas están bien.'],
      },
      meet: {
        title: 'Lo que encuentres',
        lines: ['Donde algo funcione bien, puedes permitirte apreciarlo.', 'Donde algo esté tenso, puedes dejar que se suavice un poco. Donde algo duela, puedes acogerlo como acogerías el dolor de alguien querido.'],
      },
      feet: {
        title: 'Los pies',
        lines: ['Lleva la atención a los pies: las plantas, los talones, los dedos.', 'Nota lo que haya: presión, calor, hormigueo, o casi nada.', 'Te han llevado muy lejos. Si quieres, dales un momento de gratitud.'],
      },
      legs: {
        title: 'Las piernas',
        lines: ['Sube despacio por los tobillos, las pantorrillas y las espinillas, las rodillas, los muslos.', 'Donde haya tensión, deja que se suavice un poco, si puede. Si no, también está bien.'],
      },
      hips: {
        title: 'Las caderas',
        lines: ['Deja que la atención descanse en las caderas y en el peso del cuerpo sobre el asiento.', 'Nota que algo te sostiene. Ahora mismo no tienes que cargar con todo tu peso.'],
      },
      belly: {
        title: 'El vientre',
        lines: ['Lleva la atención al vientre.', 'A menudo guarda preocupaciones. Si está tenso, mira si puede aflojarse un poco, sin forzar nada.'],
      },
      back: {
        title: 'La espalda',
        lines: ['Pasa a la espalda, desde la zona lumbar hasta entre los omóplatos.', 'Te sostiene todo el día. Si hay algún dolor, ofrécele un poco de calidez, como harías con alguien que te importa.'],
      },
      chest: {
        title: 'El pecho',
        lines: ['Deja que la atención descanse en el pecho.', 'Las emociones suelen notarse aquí. Notes lo que notes, déjalo estar y acompáñalo con un poco de cariño.', 'Si quieres, apoya aquí una mano un rato.'],
      },
      arms: {
        title: 'Brazos y manos',
        lines: ['Baja por los brazos hasta las manos: las palmas, los dedos, las yemas.', 'Piensa en todo lo que hacen por ti: sostener, escribir, alcanzar. Si te parece bien, deja que descansen y dales las gracias.'],
      },
      shoulders: {
        title: 'Hombros y cuello',
        lines: ['Ahora los hombros y el cuello, donde suele acumularse el esfuerzo.', 'Mira si pueden bajar un poco, aunque sea muy poco. Hagan lo que hagan, está bien.'],
      },
      face: {
        title: 'La cara',
        lines: ['Nota la mandíbula, la boca, los pequeños músculos alrededor de los ojos.', 'Deja que la mandíbula se afloje y la frente se alise, tanto como te parezca bien.'],
      },
      head: {
        title: 'La coronilla',
        lines: ['Lleva la atención a la parte de atrás de la cabeza y a la coronilla.', 'Nota cualquier sensación, o simplemente el espacio abierto por encima.'],
      },
      whole: {
        title: 'Todo el cuerpo',
        lines: ['Ahora siente todo el cuerpo a la vez, de los pies a la coronilla.', 'Si quieres, ofrécele un poco de amabilidad tal como está hoy, con lo que funciona y lo que duele.'],
      },
    },
  },
  'mindful-listening': {
    intro: 'Ponte como te resulte más cómodo, en la silla o de pie. Si hay ruido, no pasa nada: solo te da más que escuchar.',
    closing: 'Los sonidos te rodean todo el día. Cualquiera de ellos puede ser una pequeña invitación a volver a este momento.',
    steps: {
      settle: {
        title: 'Acomodarse',
        lines: ['Cierra los ojos, o deja la mirada en un punto.', 'Deja las manos quietas y que trabajen los oídos.'],
      },
      arriving: {
        title: 'Los sonidos llegan',
        lines: ['Deja que los sonidos vengan a ti. No hace falta ir a buscarlos.', 'Nota cada uno cuando aparece y cuando se desvanece.'],
      },
      near: {
        title: 'Sonidos cercanos',
        lines: ['Nota los sonidos más cercanos: la habitación, la silla, quizá tu propio cuerpo.', 'Pequeños zumbidos, roces y chasquidos que sueles pasar por alto.'],
      },
      far: {
        title: 'Sonidos lejanos',
        lines: ['Ahora deja que la escucha llegue más lejos, más allá de las paredes y de la ventana.', 'Tráfico, voces, viento, pájaros: lo que haya hoy.'],
      },
      plain: {
        title: 'Solo sonido',
        lines: ['Puede que la mente ponga nombre a un sonido o empiece a contarse una historia. Es natural.', 'Cuando lo notes, suelta la historia y vuelve al sonido en sí: si es agudo o grave, fuerte o suave, cómo sube y baja.'],
      },
      silence: {
        title: 'El silencio entre sonidos',
        lines: ['Nota el silencio que hay entre los sonidos, y por debajo de ellos.', 'Cada sonido sale de él y vuelve a él.'],
      },
      widen: {
        title: 'Abrir la escucha',
        lines: ['Deja que todos los sonidos estén a la vez, cercanos y lejanos, sin elegir ninguno.', 'Cuando quieras, abre los ojos y vuelve a la habitación.'],
      },
    },
  },
  'mindful-seeing': {
    intro: 'Quédate donde estás, en la silla o de pie. Mantén los ojos abiertos: enseguida elegirás algo que mirar.',
    closing: 'Las cosas corrientes guardan mucho cuando les prestas un poco de atención. Puedes mirar así cualquier cosa, cuando quieras.',
    steps: {
      arrive: {
        title: 'Hacer una pausa',
        lines: ['Deja que el cuerpo se asiente donde está.', 'Durante estos minutos no hay nada que hacer salvo mirar.'],
      },
      choose: {
        title: 'Elegir algo',
        lines: ['Deja que la mirada recorra lo que te rodea y elige algo cercano: una taza, una planta, un bolígrafo, tu propia mano.', 'Cualquier cosa sirve. Tómate tu tiempo y sigue cuando lo tengas.'],
      },
      first: {
        title: 'Como la primera vez',
        lines: ['Míralo como si nunca hubieras visto nada parecido.', 'Deja a un lado su nombre y para qué sirve, y simplemente mira.'],
      },
      colour: {
        title: 'El color',
        lines: ['Fíjate en sus colores. ¿Hay varios donde al principio veías uno?', 'Busca los tonos más claros y los más oscuros.'],
      },
      light: {
        title: 'Luz y sombra',
        lines: ['Fíjate en dónde le da la luz y dónde queda en sombra.', 'Quizá un brillo, un reflejo, un resplandor suave.'],
      },
      edges: {
        title: 'Forma y bordes',
        lines: ['Recorre su contorno despacio con la mirada.', 'Nota dónde termina y dónde empieza el espacio que lo rodea.', 'Si la mente se va a otra parte, vuelve a mirar, sin más.'],
      },
      texture: {
        title: 'La textura',
        lines: ['Fíjate en su superficie: lisa, rugosa, granulada, gastada.', 'Si quieres, tócalo y descubre si al tacto es como parecía.'],
      },
      wider: {
        title: 'Levantar la mirada',
        lines: ['Deja que la mirada se abra despacio al espacio que lo rodea, y luego a la habitación.', 'Quizá las cosas parezcan un poco más nuevas por un momento.'],
      },
    },
  },
  'mindful-walk': {
    intro: 'Pasarás la mayor parte de esta práctica lejos de la pantalla. Cualquier sitio sirve: un pasillo, otra habitación, la calle. La pantalla te esperará.',
    closing: 'Ir hasta la cocina o hasta la puerta puede ser una pequeña pausa como esta, siempre que la necesites.',
    steps: {
      stand: {
        title: 'Ponerse de pie',
        lines: ['Levántate despacio y apártate un poco de la mesa.', 'Deja los brazos sueltos y que los hombros bajen.'],
      },
      feet: {
        title: 'Sentir los pies',
        lines: ['Siente los pies en el suelo y el peso del cuerpo descansando sobre ellos.', 'Enseguida aparecerán unas palabras para el paseo. Llévatelas contigo.'],
      },
      walk: {
        title: 'Caminar',
        lines: ['Camina algo más despacio de lo habitual, sintiendo cada paso: el talón, la planta, los dedos.', 'Nota el aire en la piel y lo que hay para ver, como si acabaras de llegar.', 'Cuando la mente se adelante, vuelve a los pies. Regresa cuando quieras.'],
      },
      welcome: {
        title: 'De vuelta',
        lines: ['Antes de sentarte, detente un momento de pie.', 'Nota cómo se siente el cuerpo ahora, después de moverte.'],
      },
      close: {
        title: 'Retomar el día',
        lines: ['Vuelve a la silla despacio, si vas a seguir trabajando.', 'Si quieres, llévate un poco de ese ritmo más lento.'],
      },
    },
  },
}
