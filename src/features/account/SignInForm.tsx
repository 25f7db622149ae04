/** Username and password, checked before sending; the server's refusal said in the user's language. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../api/client';
import { maxPasswordLength } from '../../api/accountsContract';
import { errorMessageKey } from '../../components/states/errorMessageKey';
import { useSignIn } from './api/sign-in';

const signInFormSchema = z.object({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(maxPasswordLength),
});
type SignInForm = z.infer<typeof signInFormSchema>;

/** Signing in updates the session; the page then moves on. */
export function SignInForm() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const id = useId();
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInForm>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { username: '', password: '' },
  });

  const submit = handleSubmit((credentials) => signIn.mutate(credentials));

  function refusal(error: unknown): string {
    if (error instanceof ApiError && error.code === 'unauthorized') return t('signIn.wrongCredentials');
    if (error instanceof ApiError && error.code === 'tooManyRequests') return t('signIn.tooManyAttempts');
    return tc(errorMessageKey(error));
  }

  return (
    <form className="account-form" onSubmit={submit} noValidate>
      <div className="account-form__field">
        <label htmlFor={`${id}-username`}>{t('signIn.username')}</label>
        <input
          id={`${id}-username`}
          className="account-form__input"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={errors.username ? true : undefined}
          aria-describedby={errors.username ? `${id}-username-error` : undefined}
          {...register('username')}
        />
        {errors.username ? (
          <p id={`${id}-username-error`} className="account-form__error">
            {t('signIn.usernameRequired')}
          </p>
        ) : null}
      </div>
      <div className="account-form__field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          className="account-form__input"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
          {...register('password')}
        />
        {errors.password ? (
          <p id={`${id}-password-error`} className="account-form__error">
            {t('signIn.passwordRequired')}
          </p>
        ) : null}
      </div>
      {signIn.isError ? (
        <p className="account-form__alert" role="alert">
          {refusal(signIn.error)}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
