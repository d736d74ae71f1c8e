// Reading guided practices aloud, set up in Settings from the keyboard alone: only this computer's own voices
// for the window's language are offered (a remote voice would send the words over the network), the choice is
// kept, and a sample is heard in it. Where the computer has no voice for the language, a plain sentence says
// so and nothing is spoken. Speech is the recording fake of fake-speech.mjs; withApp checks that nothing
// reached for the network.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { axeViolations } from './axe.mjs'
import { fakeSpeechScript, localVoice, remoteVoice, speechCalls } from './fake-speech.mjs'
import { eventually, openFromTray, readSettingsFile, tabTo, withApp } from './support.mjs'

const alex = localVoice('Alex', 'en-US')

test('read aloud offers only local voices for the language, keeps the one chosen and tries it', async () => {
  const voices = [remoteVoice('Google UK English', 'en-GB'), alex, localVoice('Mónica', 'es-ES')]
  await withApp({ initScripts: [fakeSpeechScript({ voices })] }, async (app) => {
    const page = await openFromTray(app, 'Settings')
    const section = page.getByRole('region', { name: 'Guided practices' })
    assert.equal(await section.getByRole('combobox').count(), 0, 'no voice to choose while read-aloud is off')

    await tabTo(page, section.getByRole('checkbox', { name: 'Read each step aloud' }))
    await page.keyboard.press('Space')
    await eventually(() => readSettingsFile(app.userDataDir).guidance.readAloud === true)
    const select = section.getByRole('combobox', { name: 'Voice' })
    await select.waitFor()
    assert.deepEqual(await select.locator('option').allTextContents(), ['This computer’s usual voice', 'Alex (en-US)'])

    await tabTo(page, select)
    await page.keyboard.press('ArrowDown')
    await eventually(() => readSettingsFile(app.userDataDir).guidance.voice === alex.voiceURI, { message: 'the chosen voice was never saved' })
    assert.deepEqual(readSettingsFile(app.userDataDir).guidance, { bell: false, readAloud: true, voice: alex.voiceURI })

    await tabTo(page, section.getByRole('button', { name: 'Try this voice' }))
    await page.keyboard.press('Enter')
    const spoken = (await speechCalls(page)).filter(({ call }) => call === 'speak')
    assert.deepEqual(spoken, [{ call: 'speak', text: 'This is how the guidance will sound. There is no hurry.', lang: 'en-US', voice: 'Alex', rate: 0.9, pitch: 1 }])

    assert.deepEqual(await axeViolations(page), [], 'axe, with the voices listed')
  })
})

test('with no voice for Spanish on this computer, Settings says so plainly and nothing is spoken', async () => {
  const voices = [alex, remoteVoice('Google español', 'es-ES')]
  await withApp({ settings: { language: 'es' }, initScripts: [fakeSpeechScript({ voices })] }, async (app) => {
    const page = await openFromTray(app, 'Ajustes')
    const section = page.getByRole('region', { name: 'Prácticas guiadas' })
    await tabTo(page, section.getByRole('checkbox', { name: 'Leer en voz alta cada paso' }))
    await page.keyboard.press('Space')
    await eventually(() => readSettingsFile(app.userDataDir).guidance.readAloud === true)

    await section.getByText('Este ordenador no tiene ninguna voz en español', { exact: false }).waitFor()
    assert.equal(await section.getByRole('combobox').count(), 0, 'no voice to choose')
    assert.equal(await section.getByRole('button').count(), 0, 'no sample to try')
    assert.deepEqual((await speechCalls(page)).filter(({ call }) => call === 'speak'), [])

    assert.deepEqual(await axeViolations(page), [], 'axe, with the no-voice sentence')
  })
})
