## My applications

applications-none = Ви ще нікуди не подавалися. Знайдіть стажування нижче.
applications-title = { $count ->
    [1] <b>📋 Ваша заявка</b>
   *[other] <b>📋 Ваші заявки ({ $count })</b>
}
applications-icon-draft = 📝
applications-icon-submitted = 📨
applications-icon-under_review = 🔍
applications-icon-offered = 🎉
applications-icon-confirmed = ✅
applications-icon-declined = ↩️
applications-icon-waitlisted = ⏳
applications-icon-rejected = ❌
applications-icon-withdrawn = 🚫
applications-icon-lapsed = ⌛
applications-status = Статус: <b>{ $status }</b>
applications-status-draft = чернетка, ще не надіслана: продовжіть її
applications-status-submitted = подано
applications-status-under_review = на розгляді
applications-status-offered = вам пропонують місце
applications-status-confirmed = підтверджено
applications-status-declined = пропозицію відхилено
applications-status-waitlisted = у списку очікування
applications-status-rejected = не прийнято
applications-status-withdrawn = відкликано
applications-status-lapsed = строк пропозиції минув
applications-reason = Причина: { $reason }
applications-offer-until = Дайте відповідь на пропозицію до { $until }.
applications-answers = <b>Ваші відповіді</b>
applications-answer-motivation = Мотивація
applications-answer-experience = Досвід
applications-answer-phone = Телефон
applications-answer-documents = Документи
applications-history = <b>Історія</b>
applications-continue = ✍️ Продовжити заявку
applications-accept = ✅ Прийняти місце
applications-decline = ↩️ Відмовитися
applications-withdraw = 🚫 Відкликати
applications-back = ◀️ Усі заявки
applications-withdraw-confirm = Відкликати вашу заявку на <b>{ $title }</b>? Це не можна скасувати.
applications-withdraw-yes = Так, відкликати
applications-withdraw-no = Ні, залишити
applications-withdrawn = Вашу заявку відкликано.
applications-accepted = 🎉 Ви прийняли місце. До зустрічі!
applications-declined = Ви відмовилися від пропозиції.
applications-staff-withdrawn = 🚫 Заявку №{ $applicationId } на <b>{ $title }</b> відкликав заявник.
applications-staff-confirmed = ✅ Заявка №{ $applicationId }: заявник прийняв місце на <b>{ $title }</b>.
applications-staff-declined = ↩️ Заявка №{ $applicationId }: заявник відмовився від пропозиції на <b>{ $title }</b>.
error-application-changed = Ця заявка щойно змінилася. Відкрийте її ще раз.
error-application-not-withdrawable = Цю заявку вже не можна відкликати.
error-application-no-offer = У цій заявці немає відкритої пропозиції.
error-application-offer-lapsed = ⌛ На жаль, строк пропозиції минув.
